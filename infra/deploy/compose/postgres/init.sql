-- One database per command-side service (event store + token store).
CREATE DATABASE renda_deputy;
CREATE DATABASE renda_supervision;
CREATE DATABASE renda_training;
