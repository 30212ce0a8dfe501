-- Events that CEP's pages name by their month or year only.
alter table event add column date_precision varchar(10) default 'EXACT' not null;
