package org.cep.content.media;

import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.common.ContentConfig;
import org.cep.content.items.ItemType;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/** Media items, declared once: the collection, nouns and types every route, writer and contract text derives from. */
@Singleton
public class MediaItems {

    public static final String PATH = ItemType.API + "media";

    /** Where the files themselves are served, outside the API's JSON: {@code /media/{slug}/{digest}.{ext}}. */
    public static final String FILES = "/media";

    /** What the contract's tag says of the resource, its files included. */
    static final String ABOUT = "Images and documents: their descriptions, the files at immutable URLs and the renditions of images.";

    @Produces
    public static final ItemType<Media, MediaInput, MediaView> TYPE = new ItemType<>(PATH, "media item", "media items",
            Media.class, MediaInput.class, MediaView.class,
            "Media", MediaItems.ABOUT,
            (items, now) -> items.stream().map(MediaView::from).toList(), MediaQuery.SORT,
            "ga-2025-utrecht",
            "Published media items, newest first, filtered by kind, tag and words of their name, alt text, caption and credit.",
            "One published media item by slug, with the URL of its file and, for an image, its renditions and `srcset`.",
            "Deleted with its file and renditions; the items that showed it, and the events that listed it as a document, "
            + "stay without it, each recorded in the change log as updated.");

    /** The widths renditions are offered at (content.media.widths), smallest first. */
    static List<Integer> widths() {
        return media().widths().stream().sorted().toList();
    }

    static ContentConfig.Media media() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ContentConfig.class).media();
    }
}
