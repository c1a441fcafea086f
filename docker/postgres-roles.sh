#!/bin/sh
# Run once by the postgres image on its first start (/docker-entrypoint-initdb.d): the two roles
# README "What runs where" asks an operator to create. fa_owner owns the database and runs the
# migrations; fa_app is what the application connects as, and gets its rights from the migrations.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$FA_DB_OWNER_PASSWORD" -v app_password="$FA_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE fa_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE fa_app LOGIN PASSWORD :'app_password';
CREATE DATABASE fullaccounting OWNER fa_owner;
SQL
