/** Media: uploaded images and documents, their bytes at immutable URLs, and the renditions of images. */
package org.cep.content.media;
