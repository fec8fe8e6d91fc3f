/** Writers that turn tables and generated reports into CSV, XLSX, DOCX and PDF files. No Spring, no Mongo. */
package cn.renda.reporting.documents;
