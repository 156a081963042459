DROP TABLE feedback_files;
