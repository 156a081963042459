DROP TABLE portal_contact;
