package org.cep.content.items;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Clock;

/** Prepares every item before it is inserted or updated, stamping it with the service's clock rather than the system's. */
class ContentWrites {

    @Inject
    Clock clock;

    @PrePersist
    @PreUpdate
    void beforeWrite(Content item) {
        item.beforeWrite(clock.instant());
    }
}
