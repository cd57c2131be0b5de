/**
 * The student's home page: what their classes, quizzes and flashcards ask of them today. A module of
 * its own because it reads from classroom, quiz and study, none of which may depend on the others.
 */
package com.quizdeck.home;
