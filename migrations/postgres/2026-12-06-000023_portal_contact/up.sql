-- The portal's contact details shown in every page's footer (`shared::portal::Contact`): one
-- row, set by the system admin. `hours_agency_id`: the agency whose office hours the footer
-- shows; none, no hours shown. `note`: an optional line under the contact.
CREATE TABLE portal_contact (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    operator TEXT NOT NULL,
    address TEXT NOT NULL,
    hotline TEXT NOT NULL,
    email TEXT NOT NULL,
    hours_agency_id BIGINT REFERENCES agencies (id),
    note TEXT NOT NULL DEFAULT '',
    updated_by BIGINT REFERENCES accounts (id),
    updated_at TIMESTAMP NOT NULL
);
