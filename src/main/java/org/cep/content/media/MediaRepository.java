package org.cep.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

/** Every query on media items' descriptions; the files' bytes are {@link MediaFiles}'. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class MediaRepository implements ItemStore<Media, MediaQuery.MediaFilter> {

    @Override
    public Page<Media> search(MediaQuery.MediaFilter filter) {
        Where where = Where.listed("m", filter.listing()).in("kind", filter.kinds(), "kinds");
        return Pages.fetch(getEntityManager(), Media.class, "m", where, filter.listing().page());
    }
}
