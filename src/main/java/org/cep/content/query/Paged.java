package org.cep.content.query;

/** An answer that is one page of a longer result, which the {@code Link} header pages through ({@link PageLinks}). */
public interface Paged {

    Page.PageInfo page();
}
