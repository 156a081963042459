DROP TABLE outbox_mail;
DROP TABLE audit_log;
DROP TABLE login_throttle;
DROP TABLE auth_tokens;
DROP TABLE sessions;
DROP TABLE accounts;
