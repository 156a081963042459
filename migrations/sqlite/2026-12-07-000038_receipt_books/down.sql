DROP TABLE receipt_books;
