DROP TABLE procedure_agencies;
