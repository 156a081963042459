DROP TABLE feedback_events;
DROP TABLE feedback;
