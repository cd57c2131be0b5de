-- Each submitted attempt keeps its answers in short (one entry per slot: the question version shown, the grade
-- fraction and, for choice questions, the options chosen; format in com.quizdeck.quiz.AnswerSummary), written in
-- the transaction that submits it. Item analysis reads this one short row per attempt instead of every answer with
-- its JSON. Null before submission. Attempts submitted before this migration are filled in by the Java migration
-- that follows (V10_1, com.quizdeck.quiz.V10_1__Backfill_answer_summary).
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL; a whole deck's questions can be in one attempt, hence
-- the length (H2's largest VARCHAR).
alter table quiz_attempt add column answer_summary varchar(1000000);
