DROP INDEX dossiers_filer_recent;
