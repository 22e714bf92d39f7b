/*
 * drawpdf: render a drawing list (tools/pdf_src/NAME.draw, written by
 * tools/gen_pdf_corpus.py) into a PDF with cairo.  One command a line:
 *
 *   page W H                 start a page of W x H points
 *   font SIZE                set the font size (Noto Sans CJK SC)
 *   text X Y A STRING        STRING with its baseline at Y, anchored at X:
 *                            A is l (left), c (centre) or r (right)
 *   line X0 Y0 X1 Y1 W       a stroke of width W
 *   turn Q                   the rest of the page drawn turned by Q quarter
 *                            turns clockwise (1 to 3): after "page 595 842",
 *                            "turn 3" takes a drawing of 842 x 595 and sets
 *                            it sideways, its text running up the page (a
 *                            landscape table printed on a portrait page)
 *   image X Y W H FILE [JPEG]  the PNG FILE scaled into the box X, Y, W x H;
 *                            with JPEG (the same picture), the PDF keeps
 *                            the JPEG's bytes instead (as a scanner's PDF)
 *
 * Usage: drawpdf LIST OUT.pdf
 * Build: cc -o drawpdf drawpdf.c $(pkg-config --cflags --libs cairo)
 */
#include <math.h>
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
    int lineno = 0, q;
    double pw = 0, ph = 0;

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
            cairo_identity_matrix(cr);
            pw = a;
            ph = b;
        } else if (cr != NULL && sscanf(line, "turn %d", &q) == 1 && q >= 1 &&
                   q <= 3) {
            /* (x, y) of the drawing to (pw - y, x), (pw - x, ph - y) or
             * (y, ph - x) on the page */
            cairo_identity_matrix(cr);
            cairo_translate(cr, q == 3 ? 0 : pw, q == 1 ? 0 : ph);
            cairo_rotate(cr, q * M_PI / 2);
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
        } else if (cr != NULL &&
                   sscanf(line, "image %lf %lf %lf %lf %n", &a, &b, &c, &d, &off) == 4 &&
                   off > 0) {
            char *jpeg = strchr(line + off, ' ');
            cairo_surface_t *img;

            if (jpeg != NULL)
                *jpeg++ = '\0';
            img = cairo_image_surface_create_from_png(line + off);
            if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
                fprintf(stderr, "%s:%d: %s: %s\n", argv[1], lineno, line + off,
                        cairo_status_to_string(cairo_surface_status(img)));
                return 1;
            }
            if (jpeg != NULL) {
                FILE *jf = fopen(jpeg, "rb");
                unsigned char *bytes = NULL;
                long n = -1;

                if (jf != NULL && fseek(jf, 0, SEEK_END) == 0 && (n = ftell(jf)) > 0 &&
                    fseek(jf, 0, SEEK_SET) == 0 && (bytes = malloc((size_t)n)) != NULL &&
                    fread(bytes, 1, (size_t)n, jf) == (size_t)n) {
                    cairo_surface_set_mime_data(img, CAIRO_MIME_TYPE_JPEG, bytes,
                                                (unsigned long)n, free, bytes);
                } else {
                    fprintf(stderr, "%s:%d: %s: cannot read\n", argv[1], lineno, jpeg);
                    return 1;
                }
                fclose(jf);
            }
            cairo_save(cr);
            cairo_translate(cr, a, b);
            cairo_scale(cr, c / cairo_image_surface_get_width(img),
                        d / cairo_image_surface_get_height(img));
            cairo_set_source_surface(cr, img, 0, 0);
            cairo_paint(cr);
            cairo_restore(cr);
            cairo_surface_destroy(img);
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
