DROP INDEX dossiers_counter_queue;
