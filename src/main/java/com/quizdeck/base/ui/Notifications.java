package com.quizdeck.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors, announced to screen readers (Notification is a live region). */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        var n = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        var n = Notification.show(text, 7000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
