-- The picture shown with a news item, an event, a project or an expert group, and a person's portrait: a media item.
-- Deleting the media item takes it off them (media/MediaWriter.detach) first.
alter table news add column image_id bigint;
alter table news add constraint news_image_fk foreign key (image_id) references media (id);
alter table event add column image_id bigint;
alter table event add constraint event_image_fk foreign key (image_id) references media (id);
alter table project add column image_id bigint;
alter table project add constraint project_image_fk foreign key (image_id) references media (id);
alter table expert_group add column image_id bigint;
alter table expert_group add constraint expert_group_image_fk foreign key (image_id) references media (id);
alter table person add column portrait_id bigint;
alter table person add constraint person_portrait_fk foreign key (portrait_id) references media (id);
