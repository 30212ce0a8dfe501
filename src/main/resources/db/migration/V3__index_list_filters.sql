-- Indexes matched to the list queries (checked with EXPLAIN ANALYZE on 20,000 events and 100,000 news):
-- a tag's items read from the index alone, and news pages walk publication time newest first, the index also
-- answering the total (status included) without reading the rows.
create index event_tag_tag_event_idx on event_tag (tag_id, event_id);
drop index event_tag_tag_idx;
create index news_tag_tag_news_idx on news_tag (tag_id, news_id);
drop index news_tag_tag_idx;
create index event_starts_id_idx on event (starts_at, id);
create index news_published_id_idx on news (published_at desc nulls last, id desc, status);
