ALTER TABLE outbox_mail DROP COLUMN single_use_link;
ALTER TABLE accounts DROP COLUMN second_factor_reset_at;
DROP TABLE sign_in_devices;
DROP TABLE federated_links;
