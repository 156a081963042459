DROP TABLE signed_papers;
DROP TABLE signing_keys;
