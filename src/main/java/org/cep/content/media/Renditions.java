package org.cep.content.media;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renditions of images, each encoded at most once: a stored one is served as it is; one not yet stored is computed
 * by a single request of this instance while the others asking for it wait, and then stored, where the database's
 * unique key keeps the first of several instances' copies.
 */
@ApplicationScoped
class Renditions {

    private final ConcurrentHashMap<String, CompletableFuture<MediaFiles.Stored>> underWay = new ConcurrentHashMap<>();

    @Inject
    MediaFiles files;

    Counter encoded;

    @Inject
    void metrics(MeterRegistry registry) {
        encoded = Counter.builder("cep.media.renditions.encoded").description("Renditions decoded, scaled and encoded")
                .register(registry);
    }

    /** How many renditions this instance has encoded since it started. */
    long encodedCount() {
        return (long) encoded.count();
    }

    MediaFiles.Stored of(Media m, RenditionSpec spec) {
        String variant = spec.variant();
        Optional<MediaFiles.Stored> stored = files.rendition(m.id, variant);
        if (stored.isPresent()) {
            return stored.get();
        }
        CompletableFuture<MediaFiles.Stored> mine = new CompletableFuture<>();
        String key = m.id + "/" + variant;
        CompletableFuture<MediaFiles.Stored> other = underWay.putIfAbsent(key, mine);
        if (other != null) {
            try {
                return other.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            MediaFiles.Stored made = encode(m, spec);
            files.keep(m.id, variant, made);
            MediaFiles.Stored kept = files.rendition(m.id, variant).orElse(made);
            mine.complete(kept);
            return kept;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            underWay.remove(key);
        }
    }

    private MediaFiles.Stored encode(Media m, RenditionSpec spec) {
        byte[] original = files.original(m).orElseThrow();
        int orientation = Images.orientation(original, m.mediaType);
        // Decoded no smaller than the rendition needs, on the axis the stored image has before it is turned upright.
        int scale = Math.max(1, spec.crop().width / Math.max(1, spec.width()));
        int storedWidth = Images.turnsQuarter(orientation) ? m.height : m.width;
        BufferedImage decoded = Images.decode(original, Math.max(1, storedWidth / scale));
        BufferedImage upright = Images.upright(decoded, orientation);
        double factor = (double) upright.getWidth() / m.width;
        Rectangle crop = new Rectangle((int) (spec.crop().x * factor), (int) (spec.crop().y * factor),
                Math.max(1, Math.min(upright.getWidth(), (int) Math.round(spec.crop().width * factor))),
                Math.max(1, Math.min(upright.getHeight(), (int) Math.round(spec.crop().height * factor))));
        crop.x = Math.min(crop.x, upright.getWidth() - crop.width);
        crop.y = Math.min(crop.y, upright.getHeight() - crop.height);
        byte[] bytes = Images.encode(Images.resize(upright, crop, spec.width(), spec.height()), spec.format());
        encoded.increment();
        return new MediaFiles.Stored(bytes, spec.format().mediaType, spec.width(), spec.height());
    }
}
