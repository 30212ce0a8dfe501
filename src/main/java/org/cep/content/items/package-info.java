/** The item pipeline: the content every resource holds, and writing it with If-Match in one transaction, old slugs included. */
package org.cep.content.items;
