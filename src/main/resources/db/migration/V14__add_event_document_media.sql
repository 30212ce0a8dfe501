-- An event's document may be a media item (a presentation uploaded to the library) instead of an outside link: then it
-- has a media item and no url. Deleting the media item takes the document off the event (items/ItemWriter.release) first.
alter table event_document alter column url drop not null;
alter table event_document add column media_id bigint;
alter table event_document add constraint event_document_media_fk foreign key (media_id) references media (id);
create index event_document_media_idx on event_document (media_id);
