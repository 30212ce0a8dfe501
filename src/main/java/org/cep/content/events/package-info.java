/** Events: CEP seminars, conferences, workshops, trainings and meetings, with their speakers, place and documents. */
package org.cep.content.events;
