-- Where to join an online or hybrid event.
alter table event add column join_url varchar(2000);
