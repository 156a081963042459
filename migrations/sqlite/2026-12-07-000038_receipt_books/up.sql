-- The e-receipt book of each agency that collects fees (issue #19): the template symbol (ký
-- hiệu mẫu biên lai) and series symbol (ký hiệu biên lai) it registered with the tax authority,
-- printed on every electronic fee receipt. Rows are never changed: a new book is a new row, the
-- newest in use, so an old receipt reprints with the book it was issued from (the newest created
-- before it was paid). `demo` marks the demo seed's.
CREATE TABLE receipt_books (
    id INTEGER PRIMARY KEY,
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    template_symbol TEXT NOT NULL,
    series_symbol TEXT NOT NULL,
    demo BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX receipt_books_agency ON receipt_books (agency_id, id);
