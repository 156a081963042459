DROP TABLE opinion_files;
DROP TABLE opinion_requests;
