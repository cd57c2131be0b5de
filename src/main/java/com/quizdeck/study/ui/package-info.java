/** Flashcard screens; {@link com.quizdeck.study.ui.ActivityChart} is shared with the student home page. */
@NamedInterface("ui")
package com.quizdeck.study.ui;

import org.springframework.modulith.NamedInterface;
