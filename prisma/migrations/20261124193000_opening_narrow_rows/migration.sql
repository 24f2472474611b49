-- Keep Opening rows narrow: titles, descriptions and their search text go out of line once a
-- row passes 128 bytes, so counts and filters that scan many openings read a fraction of the
-- pages (bench/openings.ts). The 20 rows a page shows fetch their text from TOAST.
ALTER TABLE "Opening" SET (toast_tuple_target = 128);
