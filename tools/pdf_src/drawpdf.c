/*
 * drawpdf: render a drawing list (tools/pdf_src/NAME.draw, written by
 * tools/gen_pdf_corpus.py) into a PDF with cairo.  One command a line:
 *
 *   page W H                 start a page of W x H points
 *   font SIZE                set the font size (Noto Sans CJK SC)
 *   text X Y A STRING        STRING with its baseline at Y, anchored at X:
 *                            A is l (left), c (centre) or r (right)
 *   line X0 Y0 X1 Y1 W       a stroke of width W
 *
 * Usage: drawpdf LIST OUT.pdf
 * Build: cc -o drawpdf drawpdf.c $(pkg-config --cflags --libs cairo)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>

int main(int argc, char **argv)
{
    FILE *in;
    char line[4096];
    cairo_surface_t *surf = NULL;
    cairo_t *cr = NULL;
    int lineno = 0;

    if (argc != 3) {
        fprintf(stderr, "usage: drawpdf LIST OUT.pdf\n");
        return 2;
    }
    in = fopen(argv[1], "r");
    if (in == NULL) {
        perror(argv[1]);
        return 1;
    }
    while (fgets(line, sizeof line, in) != NULL) {
        double a, b, c, d, w;
        char al;
        int off = 0;

        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (sscanf(line, "page %lf %lf", &a, &b) == 2) {
            if (surf == NULL) {
                surf = cairo_pdf_surface_create(argv[2], a, b);
                cairo_pdf_surface_set_metadata(surf,
                    CAIRO_PDF_METADATA_CREATOR, "xxgk tools/pdf_src/drawpdf.c");
                cairo_pdf_surface_set_metadata(surf,
                    CAIRO_PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00Z");
                cr = cairo_create(surf);
                cairo_select_font_face(cr, "Noto Sans CJK SC",
                                       CAIRO_FONT_SLANT_NORMAL,
                                       CAIRO_FONT_WEIGHT_NORMAL);
                cairo_set_source_rgb(cr, 0, 0, 0);
            } else {
                cairo_show_page(cr);
                cairo_pdf_surface_set_size(surf, a, b);
            }
        } else if (cr != NULL && sscanf(line, "font %lf", &a) == 1) {
            cairo_set_font_size(cr, a);
        } else if (cr != NULL &&
                   sscanf(line, "text %lf %lf %c %n", &a, &b, &al, &off) == 3 &&
                   off > 0) {
            cairo_text_extents_t e;
            const char *s = line + off;

            cairo_text_extents(cr, s, &e);
            if (al == 'c')
                a -= e.x_advance / 2;
            else if (al == 'r')
                a -= e.x_advance;
            cairo_move_to(cr, a, b);
            cairo_show_text(cr, s);
        } else if (cr != NULL &&
                   sscanf(line, "line %lf %lf %lf %lf %lf", &a, &b, &c, &d,
                          &w) == 5) {
            cairo_set_line_width(cr, w);
            cairo_move_to(cr, a, b);
            cairo_line_to(cr, c, d);
            cairo_stroke(cr);
        } else if (line[0] != '\0' && line[0] != '#') {
            fprintf(stderr, "%s:%d: bad command\n", argv[1], lineno);
            return 1;
        }
    }
    fclose(in);
    if (cr == NULL) {
        fprintf(stderr, "%s: no page\n", argv[1]);
        return 1;
    }
    cairo_destroy(cr);
    cairo_surface_finish(surf);
    if (cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "%s\n", cairo_status_to_string(cairo_surface_status(surf)));
        return 1;
    }
    cairo_surface_destroy(surf);
    return 0;
}
