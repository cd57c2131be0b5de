/** Shared UI pieces (layout, empty states, notifications) that every feature's views may use. */
@NamedInterface("ui")
package com.quizdeck.base.ui;

import org.springframework.modulith.NamedInterface;
