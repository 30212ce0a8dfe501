package org.cep.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The bytes of files and of their renditions, read and written with plain SQL: a rendition is no change to content,
 * so storing one leaves the answers cached elsewhere alone.
 */
@ApplicationScoped
class MediaFiles {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A stored rendition: its encoded bytes and what they are. */
    record Stored(byte[] bytes, String mediaType, int width, int height) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<byte[]> original(Media m) {
        List<?> rows = em.createNativeQuery("select b.bytes from media_blob b join media m on m.blob_id = b.id where m.id = :id")
                .setParameter("id", m.id).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Stored> rendition(long mediaId, String variant) {
        List<?> rows = em.createNativeQuery("select bytes, media_type, width, height from media_rendition"
                        + " where media_id = :id and variant = :variant")
                .setParameter("id", mediaId).setParameter("variant", variant).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast)
                .map(row -> new Stored((byte[]) row[0], (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
    }

    /** Keeps the rendition; when another instance stored the same one meanwhile, theirs stays and this is a no-op. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void keep(long mediaId, String variant, Stored rendition) {
        em.createNativeQuery("insert into media_rendition (media_id, variant, media_type, width, height, bytes, created_at)"
                        + " values (:id, :variant, :type, :width, :height, :bytes, :at) on conflict do nothing")
                .setParameter("id", mediaId).setParameter("variant", variant).setParameter("type", rendition.mediaType())
                .setParameter("width", rendition.width()).setParameter("height", rendition.height())
                .setParameter("bytes", rendition.bytes()).setParameter("at", clock.instant())
                .executeUpdate();
    }

    /** How many renditions of the item are stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    long renditionCount(long mediaId) {
        return ((Number) em.createNativeQuery("select count(*) from media_rendition where media_id = :id")
                .setParameter("id", mediaId).getSingleResult()).longValue();
    }
}
