/** News: articles, recaps and vodcast episodes, with their author and related project, event or expert group. */
package org.cep.content.news;
