/*
 * The DOCX extractor: WordprocessingML (word/document.xml, found through
 * _rels/.rels) to the document model.
 *
 * The archive and its XML are untrusted.  Every zip entry is read under a
 * byte cap that does not trust the entry's declared size (libzip checks it
 * only at the end of the entry); the XML parser never loads anything from
 * outside (no DTD, no entities, no XInclude, no network) and a document
 * type declaration, which OOXML never contains, stops the parse.  Every
 * libxml2 and libzip error is turned into an xg_error here: nothing prints.
 *
 * The document is parsed by libxml2's tree builder, and each child of
 * w:body is walked (in document order) as soon as it is complete, then
 * freed: the tree never holds more than one block of the body, and the
 * nodes it may hold are counted.  Word's markup is read for its text only;
 * formatting is ignored.
 * What the layout stage can count on:
 *  - body paragraphs are blocks (empty ones are not); a text box's
 *    paragraphs and tables follow the paragraph anchoring it; inside a
 *    table cell they are lines of that cell instead;
 *  - a table is a block created before its cells, so the tables nested in
 *    its cells come after it, in document order; the outer cell keeps only
 *    its own paragraphs;
 *  - the grid is Word's: gridBefore skips columns, gridSpan widens a cell,
 *    a vMerge continuation extends the cell starting at the same grid
 *    column in the row above, hMerge continuation widens the cell before;
 *  - text is as written: w:tab is '\t', a line break '\n', inserted text in,
 *    deleted text out, of mc:AlternateContent one branch only.
 */
#include "extract.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <zip.h>

#include "buf.h"
#include "error.h"

/* Not in extract.h: the extractor with the per-entry byte cap as a
 * parameter, so that the unit tests can exercise the cap with small
 * archives.  Nothing else has a reason to choose another cap. */
int xg_extract_docx_capped(const unsigned char *data, size_t size,
                           size_t entry_cap, xg_doc *doc, xg_error *err);

#define NS_W        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NS_MC       "http://schemas.openxmlformats.org/markup-compatibility/2006"

#define RELS_PART   "_rels/.rels"

/* Namespaces whose markup the walk reads well enough to prefer an
 * mc:Choice that requires them over its mc:Fallback: the shapes, groups
 * and canvases that hold text boxes, and Word 2010+ additions to the main
 * namespace.  An unknown one (w16se symbols, ink) selects the fallback,
 * which Word itself writes for readers like us. */
static const char *const understood_ns[] = {
    NS_W,
    NS_W_STRICT,
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",   /* wps */
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",   /* wpg */
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",  /* wpc */
    "http://schemas.microsoft.com/office/word/2010/wordml",                /* w14 */
    "http://schemas.microsoft.com/office/word/2012/wordml",                /* w15 */
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", /* wp14 */
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", /* wp */
    "http://schemas.openxmlformats.org/drawingml/2006/main",               /* a */
    "urn:schemas-microsoft-com:vml",                                       /* v */
};

/* ------------------------------------------------------------------ */
/* Messages                                                            */

/* Copy LEN bytes of S into OUT (of OUTSZ bytes) for use inside a
 * one-line message: line breaks and tabs become spaces, other control
 * characters '?', and what does not fit
 * is cut at a UTF-8 character boundary.  Part names come from the archive
 * and libxml2 messages end in a newline: neither may break the line. */
static void message_safe_n(const char *s, size_t len, char *out, size_t outsz)
{
    size_t i = 0, lead;

    while (i < len && i + 1 < outsz) {
        unsigned char c = (unsigned char)s[i];

        if (c == '\n' || c == '\r' || c == '\t')
            out[i++] = ' ';
        else
            out[i++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    out[i] = '\0';
    if (i == len)
        return;
    /* Cut short: drop a multi-byte sequence left incomplete at the end. */
    lead = i;
    while (lead > 0 && ((unsigned char)out[lead - 1] & 0xC0) == 0x80)
        lead--;
    if (lead > 0 && ((unsigned char)out[lead - 1] & 0xC0) == 0xC0) {
        unsigned char c = (unsigned char)out[lead - 1];
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

        if (i - (lead - 1) < need)
            out[lead - 1] = '\0';
    }
}

static void message_safe(const char *s, char *out, size_t outsz)
{
    message_safe_n(s, strlen(s), out, outsz);
}

/* ------------------------------------------------------------------ */
/* Zip entries                                                         */

/* zlib's Z_MEM_ERROR, as libzip reports it inside ZIP_ER_ZLIB (not
 * including zlib.h for one constant). */
#define ZLIB_MEM_ERROR (-4)

/* The most read_entry allocates before reading: real document.xml parts
 * are well under it, and a lying header costs no more than this. */
#define INITIAL_READ_ALLOC ((size_t)4 << 20)

/* Whether a libzip error is an allocation failure, its own or zlib's. */
static int zip_error_is_nomem(zip_error_t *ze)
{
    int code = zip_error_code_zip(ze);

    return code == ZIP_ER_MEMORY ||
           (code == ZIP_ER_ZLIB && zip_error_code_system(ze) == ZLIB_MEM_ERROR);
}

/* Read entry INDEX (called LABEL in messages) into a new buffer, at most
 * CAP bytes.  The declared size is checked first, and the bytes actually
 * inflated are counted as they come: a header that lies about the size
 * is caught by the count, not by libzip's check at the end. */
static int read_entry(zip_t *za, zip_uint64_t index, const char *label,
                      size_t cap, unsigned char **out, size_t *out_len,
                      xg_error *err)
{
    zip_stat_t st;
    zip_file_t *zf = NULL;
    unsigned char *data = NULL;
    size_t len = 0, alloc;
    int rc = XG_OK;

    *out = NULL;
    *out_len = 0;
    zip_stat_init(&st);
    if (zip_stat_index(za, index, 0, &st) != 0) {
        rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: cannot read entry: %s",
                          label, zip_strerror(za));
        goto done;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "%s: entry larger than %zu bytes",
                          label, cap);
        goto done;
    }
    /* Start from the declared size, but not trusting it with more than a
     * few megabytes before any byte is read; grow as the data comes: the
     * count decides. */
    alloc = (st.valid & ZIP_STAT_SIZE) ? (size_t)st.size + 1 : 65536;
    if (alloc > INITIAL_READ_ALLOC)
        alloc = INITIAL_READ_ALLOC;
    if (alloc > cap + 1)
        alloc = cap + 1;
    data = malloc(alloc);
    if (data == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    zf = zip_fopen_index(za, index, 0);
    if (zf == NULL) {
        int zcode = zip_error_code_zip(zip_get_error(za));

        if (zcode == ZIP_ER_NOPASSWD || zcode == ZIP_ER_WRONGPASSWD)
            rc = xg_error_set(err, XG_ERR_ENCRYPTED, "%s: entry is encrypted",
                              label);
        else if (zip_error_is_nomem(zip_get_error(za)))
            rc = xg_error_nomem(err);
        else if (zcode == ZIP_ER_COMPNOTSUPP || zcode == ZIP_ER_ENCRNOTSUPP)
            rc = xg_error_set(err, XG_ERR_UNSUPPORTED, "%s: cannot read entry: %s",
                              label, zip_strerror(za));
        else
            rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: cannot read entry: %s",
                              label, zip_strerror(za));
        goto done;
    }
    for (;;) {
        zip_int64_t n;

        if (len == alloc) {
            size_t grow = alloc < cap / 2 ? alloc * 2 : cap + 1;
            unsigned char *p;

            if (grow <= alloc) {
                /* Already holding cap + 1 bytes: the cap is passed. */
                rc = xg_error_set(err, XG_ERR_LIMIT,
                                  "%s: entry larger than %zu bytes", label, cap);
                goto done;
            }
            p = realloc(data, grow);
            if (p == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            data = p;
            alloc = grow;
        }
        n = zip_fread(zf, data + len, (zip_uint64_t)(alloc - len));
        if (n < 0) {
            if (zip_error_is_nomem(zip_file_get_error(zf)))
                rc = xg_error_nomem(err);
            else
                rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: cannot read entry: %s",
                                  label, zip_file_strerror(zf));
            goto done;
        }
        if (n == 0)
            break;
        len += (size_t)n;
        if (len > cap) {
            rc = xg_error_set(err, XG_ERR_LIMIT, "%s: entry larger than %zu bytes",
                              label, cap);
            goto done;
        }
    }
    *out = data;
    *out_len = len;
    data = NULL;
done:
    if (zf != NULL)
        zip_fclose(zf);
    free(data);
    return rc;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The index of entry NAME, compared exactly first and then ignoring case
 * (OPC part names are case-insensitive); -1 when absent.  A relationship
 * target is a URI, so a name with %XX escapes is also tried decoded. */
static zip_int64_t locate_entry(zip_t *za, const char *name)
{
    zip_int64_t i = zip_name_locate(za, name, 0);
    char *decoded;
    size_t r, o = 0;

    if (i < 0)
        i = zip_name_locate(za, name, ZIP_FL_NOCASE);
    if (i >= 0 || strchr(name, '%') == NULL)
        return i;
    decoded = malloc(strlen(name) + 1);
    if (decoded == NULL)
        return -1;
    for (r = 0; name[r] != '\0'; r++) {
        int hi, lo;

        if (name[r] == '%' && (hi = hex_digit(name[r + 1])) >= 0 &&
            (lo = hex_digit(name[r + 2])) >= 0 && (hi | lo) != 0) {
            decoded[o++] = (char)(hi * 16 + lo);
            r += 2;
        } else {
            decoded[o++] = name[r];
        }
    }
    decoded[o] = '\0';
    i = zip_name_locate(za, decoded, ZIP_FL_NOCASE);
    free(decoded);
    return i;
}

/* ------------------------------------------------------------------ */
/* Tree helpers                                                        */

static int is_element_ns(const xmlNode *n, const char *href)
{
    return n->type == XML_ELEMENT_NODE && n->ns != NULL && n->ns->href != NULL &&
           strcmp((const char *)n->ns->href, href) == 0;
}

/* Word's main namespace, transitional or strict. */
static int in_w(const xmlNode *n)
{
    return is_element_ns(n, NS_W) || is_element_ns(n, NS_W_STRICT);
}

static int is_w(const xmlNode *n, const char *name)
{
    return in_w(n) && strcmp((const char *)n->name, name) == 0;
}

static int is_mc(const xmlNode *n, const char *name)
{
    return is_element_ns(n, NS_MC) && strcmp((const char *)n->name, name) == 0;
}

static const xmlNode *w_child(const xmlNode *n, const char *name)
{
    const xmlNode *c;

    for (c = n->children; c != NULL; c = c->next)
        if (is_w(c, name))
            return c;
    return NULL;
}

/* The value of attribute NAME of N, borrowed; NULL when absent.  Word
 * qualifies its attributes (w:val); an unqualified one is accepted too,
 * as some generators write it.  Without a DTD an attribute's value is a
 * single text node. */
static const char *attr(const xmlNode *n, const char *name)
{
    const xmlAttr *a;

    for (a = n->properties; a != NULL; a = a->next) {
        if (strcmp((const char *)a->name, name) != 0)
            continue;
        if (a->ns != NULL && a->ns->href != NULL &&
            strcmp((const char *)a->ns->href, NS_W) != 0 &&
            strcmp((const char *)a->ns->href, NS_W_STRICT) != 0)
            continue;
        if (a->children == NULL || a->children->content == NULL)
            return "";
        return (const char *)a->children->content;
    }
    return NULL;
}

/* An integer attribute w:val clamped to [LO, HI]; DEFAULT when absent or
 * not a number.  Clamping keeps later column arithmetic in int range; a
 * value at HI is then refused by the grid limit. */
static int int_val(const xmlNode *n, int dflt, long lo, long hi)
{
    const char *s = n != NULL ? attr(n, "val") : NULL;
    char *end;
    long v;

    if (s == NULL)
        return dflt;
    v = strtol(s, &end, 10);
    if (end == s)
        return dflt;
    if (v < lo)
        v = lo;
    if (v > hi)
        v = hi;
    return (int)v;
}

/* ------------------------------------------------------------------ */
/* XML parsing                                                         */

/* Called with each element that ends as a child of w:body, while the
 * parse goes on; returns XG_OK or an error code (ERR already filled). */
typedef int (*block_fn)(void *data, const xmlNode *block);

typedef struct parse_state {
    int dtd_seen;       /* the internalSubset callback stopped the parse */
    int nomem;
    int too_deep;       /* libxml2's element depth limit was reached */
    int failed;         /* an error (not a warning) was reported */
    int line;
    char message[200];  /* the first error, trimmed to one line */
    size_t nodes;       /* nodes in the tree since the last block was freed */
    size_t max_nodes;
    int too_many;       /* max_nodes was passed */
    block_fn on_block;  /* NULL: keep the whole tree */
    void *block_data;
    int block_rc;       /* what on_block returned, when not XG_OK */
} parse_state;

/* The thread's structured error handler while we parse: the first error
 * is kept as the reason; warnings (such as a relative namespace URI) do
 * not make a part unreadable. */
static void xml_error_handler(void *data, xmlErrorPtr e)
{
    parse_state *xf = data;
    const char *m;
    size_t len;

    if (xf == NULL || e == NULL || e->level < XML_ERR_ERROR)
        return;
    if (e->code == XML_ERR_NO_MEMORY)
        xf->nomem = 1;
    if (xf->failed)
        return;
    /* libxml2 reports its depth bound as an internal error whose text
     * advises XML_PARSE_HUGE: say what it is instead. */
    if (e->code == XML_ERR_INTERNAL_ERROR && e->message != NULL &&
        strncmp(e->message, "Excessive depth in document", 27) == 0)
        xf->too_deep = 1;
    xf->failed = 1;
    xf->line = e->line;
    m = e->message ? e->message : "unknown error";
    while (*m == ' ' || *m == '\t' || *m == '\n' || *m == '\r')
        m++;
    len = strlen(m);
    while (len > 0 && (m[len - 1] == ' ' || m[len - 1] == '\t' ||
                       m[len - 1] == '\n' || m[len - 1] == '\r'))
        len--;
    message_safe_n(m, len, xf->message, sizeof xf->message);
}

/* Generic (unstructured) libxml2 messages would go to stderr: drop them.
 * Everything the parser reports reaches the structured handler anyway. */
static void xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* SAX internalSubset: called as soon as <!DOCTYPE name ...> is read,
 * before any declaration inside it.  OOXML forbids a DTD, and a DTD is
 * the only way to entities and external loads: stop right here. */
static void refuse_doctype(void *ctx, const xmlChar *name,
                           const xmlChar *external_id, const xmlChar *system_id)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *xf = ctxt->_private;

    (void)name;
    (void)external_id;
    (void)system_id;
    if (xf != NULL)
        xf->dtd_seen = 1;
    xmlStopParser(ctxt);
}

/* Count N more nodes in the tree; past the bound, stop the parse.  The
 * tree costs some 140 bytes a node, and markup as dense as <w:p/> makes a
 * node of every 6 bytes: counting is what bounds the memory, not the
 * entry's size. */
static int count_nodes(xmlParserCtxtPtr ctxt, size_t n)
{
    parse_state *ps = ctxt->_private;

    ps->nodes += n;
    if (ps->nodes <= ps->max_nodes)
        return 1;
    ps->too_many = 1;
    xmlStopParser(ctxt);
    return 0;
}

/* The SAX2 tree builders, behind the node count. */
static void count_start_element(void *ctx, const xmlChar *localname,
                                const xmlChar *prefix, const xmlChar *uri,
                                int nb_namespaces, const xmlChar **namespaces,
                                int nb_attributes, int nb_defaulted,
                                const xmlChar **attributes)
{
    if (count_nodes(ctx, 1 + (size_t)(nb_namespaces > 0 ? nb_namespaces : 0) +
                             (size_t)(nb_attributes > 0 ? nb_attributes : 0)))
        xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces,
                              namespaces, nb_attributes, nb_defaulted, attributes);
}

static void count_characters(void *ctx, const xmlChar *ch, int len)
{
    if (count_nodes(ctx, 1))
        xmlSAX2Characters(ctx, ch, len);
}

static void count_cdata(void *ctx, const xmlChar *value, int len)
{
    if (count_nodes(ctx, 1))
        xmlSAX2CDataBlock(ctx, value, len);
}

static void count_comment(void *ctx, const xmlChar *value)
{
    if (count_nodes(ctx, 1))
        xmlSAX2Comment(ctx, value);
}

static void count_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    if (count_nodes(ctx, 1))
        xmlSAX2ProcessingInstruction(ctx, target, data);
}

/* Whether NODE is a child of w:body, itself the child of the document
 * element w:document. */
static int is_body_child(const xmlNode *node)
{
    const xmlNode *body = node->parent, *root;

    if (node->type != XML_ELEMENT_NODE || body == NULL || !is_w(body, "body"))
        return 0;
    root = body->parent;
    return root != NULL && is_w(root, "document") && root->parent != NULL &&
           root->parent->type == XML_DOCUMENT_NODE;
}

/* At the end of each element: a child of w:body is complete, so it is
 * handed to on_block and then freed, with whatever came before it in the
 * body.  The tree never holds more than one block of the body, however
 * long the document. */
static void end_element(void *ctx, const xmlChar *localname,
                        const xmlChar *prefix, const xmlChar *uri)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *ps = ctxt->_private;
    xmlNodePtr node = ctxt->node, body;
    int rc;

    xmlSAX2EndElementNs(ctx, localname, prefix, uri);
    if (ps->on_block == NULL || node == NULL || !is_body_child(node))
        return;
    rc = ps->on_block(ps->block_data, node);
    if (rc != XG_OK) {
        ps->block_rc = rc;
        xmlStopParser(ctxt);
        return;
    }
    body = node->parent;
    while (body->children != NULL) {
        xmlNodePtr first = body->children;

        xmlUnlinkNode(first);
        xmlFreeNode(first);
        if (first == node)
            break;
    }
    ps->nodes = 0;
}

/* Parse DATA (part LABEL) into a tree (owned by the caller, xmlFreeDoc).
 * Any error, even one the parser could recover from, fails the part.
 * With ON_BLOCK, the children of w:body are given to it as they end and
 * are not in the tree returned.  At most MAX_NODES nodes are held at once. */
static int parse_part(const char *label, const unsigned char *data, size_t len,
                      size_t max_nodes, block_fn on_block, void *block_data,
                      xmlDocPtr *out, xg_error *err)
{
    xmlStructuredErrorFunc saved_serror = xmlStructuredError;
    void *saved_serror_ctx = xmlStructuredErrorContext;
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_ctx = xmlGenericErrorContext;
    xmlParserCtxtPtr ctxt = NULL;
    parse_state xf;
    int rc = XG_OK;

    *out = NULL;
    memset(&xf, 0, sizeof xf);
    if (len == 0)
        return xg_error_set(err, XG_ERR_CORRUPT, "%s: XML error: empty part", label);
    if (len > INT_MAX)
        return xg_error_set(err, XG_ERR_LIMIT, "%s: entry larger than %d bytes",
                            label, INT_MAX);
    xmlInitParser();
    /* Thread-local in libxml2: set for this parse, restored after, so a
     * caller's own handlers survive. */
    xmlSetStructuredErrorFunc(&xf, xml_error_handler);
    xmlSetGenericErrorFunc(NULL, xml_silent);

    ctxt = xmlCreateMemoryParserCtxt((const char *)data, (int)len);
    if (ctxt == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    /* NONET only: never NOENT, DTDLOAD, XINCLUDE or HUGE (libxml2's
     * default limits on depth and text size stay in force). */
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
    xf.max_nodes = max_nodes;
    xf.on_block = on_block;
    xf.block_data = block_data;
    ctxt->_private = &xf;
    ctxt->sax->internalSubset = refuse_doctype;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->serror = NULL;   /* errors go to the thread handler above */
    ctxt->sax->startElementNs = count_start_element;
    ctxt->sax->endElementNs = end_element;
    ctxt->sax->characters = count_characters;
    ctxt->sax->ignorableWhitespace = count_characters;
    ctxt->sax->cdataBlock = count_cdata;
    ctxt->sax->comment = count_comment;
    ctxt->sax->processingInstruction = count_pi;
    xmlParseDocument(ctxt);

    if (xf.dtd_seen)
        rc = xg_error_set(err, XG_ERR_CORRUPT,
                          "%s: document type declaration not allowed", label);
    else if (xf.block_rc != XG_OK)
        rc = xf.block_rc;   /* ERR filled by on_block */
    else if (xf.nomem || ctxt->errNo == XML_ERR_NO_MEMORY)
        rc = xg_error_nomem(err);
    else if (xf.too_many)
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "%s: more than %zu XML nodes in one block", label,
                          max_nodes);
    else if (xf.too_deep)
        rc = xg_error_set(err, XG_ERR_LIMIT, "%s: XML nested deeper than %u levels",
                          label, xmlParserMaxDepth);
    else if (xf.failed)
        rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: XML error at line %d: %s",
                          label, xf.line, xf.message);
    else if (!ctxt->wellFormed || ctxt->myDoc == NULL)
        rc = xg_error_set(err, XG_ERR_CORRUPT,
                          "%s: XML error: not well-formed", label);
    else {
        *out = ctxt->myDoc;
        ctxt->myDoc = NULL;
    }
done:
    if (ctxt != NULL) {
        if (ctxt->myDoc != NULL)
            xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
        xmlFreeParserCtxt(ctxt);
    }
    xmlSetStructuredErrorFunc(saved_serror_ctx, saved_serror);
    xmlSetGenericErrorFunc(saved_generic_ctx, saved_generic);
    return rc;
}

/* Whether every prefix in an mc:Choice's Requires list names a namespace
 * in understood_ns. */
static int requires_understood(const xmlNode *choice)
{
    const char *req = attr(choice, "Requires");
    int any = 0;

    if (req == NULL)
        return 0;
    while (*req != '\0') {
        char prefix[64];
        size_t n = 0, i;
        xmlNsPtr ns;
        int known = 0;

        while (*req == ' ' || *req == '\t' || *req == '\n' || *req == '\r')
            req++;
        if (*req == '\0')
            break;
        while (req[n] != '\0' && req[n] != ' ' && req[n] != '\t' &&
               req[n] != '\n' && req[n] != '\r')
            n++;
        if (n >= sizeof prefix)
            return 0;
        memcpy(prefix, req, n);
        prefix[n] = '\0';
        req += n;
        ns = xmlSearchNs(choice->doc, (xmlNodePtr)choice, (const xmlChar *)prefix);
        if (ns == NULL || ns->href == NULL)
            return 0;
        for (i = 0; i < sizeof understood_ns / sizeof understood_ns[0]; i++)
            if (strcmp((const char *)ns->href, understood_ns[i]) == 0)
                known = 1;
        if (!known)
            return 0;
        any = 1;
    }
    return any;
}

/* The one branch of an mc:AlternateContent to read: the first mc:Choice
 * we understand, else mc:Fallback, else none.  Reading both would give a
 * text box's text twice (DrawingML choice, VML fallback). */
static const xmlNode *mc_branch(const xmlNode *ac)
{
    const xmlNode *c, *fallback = NULL;

    for (c = ac->children; c != NULL; c = c->next) {
        if (is_mc(c, "Choice") && requires_understood(c))
            return c;
        if (is_mc(c, "Fallback") && fallback == NULL)
            fallback = c;
    }
    return fallback;
}

/* ------------------------------------------------------------------ */
/* The walk                                                            */

typedef struct walk {
    xg_doc *doc;
    xg_error *err;
    int table_depth;    /* tables open around the current point */
} walk;

/* Where finished paragraphs go: the document, as blocks, or the text of
 * the table cell being read, as lines. */
typedef struct sink {
    xg_buf *cell;           /* NULL: the document */
    int started;            /* a non-empty line is in CELL */
    size_t empty_lines;     /* empty paragraphs since the last line */
} sink;

/* One paragraph being read: its text, and the text boxes anchored in it,
 * read after it. */
typedef struct para {
    xg_buf text;
    const xmlNode **boxes;
    size_t nboxes, cap;
} para;

static int walk_blocks(walk *w, const xmlNode *parent, sink *s);
static int walk_table(walk *w, const xmlNode *tbl);

static int add_box(walk *w, para *p, const xmlNode *box)
{
    if (p->nboxes == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 4;
        const xmlNode **b;

        if (cap > SIZE_MAX / sizeof *b)
            return xg_error_nomem(w->err);
        b = realloc(p->boxes, cap * sizeof *b);
        if (b == NULL)
            return xg_error_nomem(w->err);
        p->boxes = b;
        p->cap = cap;
    }
    p->boxes[p->nboxes++] = box;
    return XG_OK;
}

/* Inside a drawing or VML picture: find the text boxes' contents,
 * however deep the shapes and groups put them. */
static int find_boxes(walk *w, const xmlNode *parent, para *p)
{
    const xmlNode *n;
    int rc;

    for (n = parent->children; n != NULL; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_w(n, "txbxContent")) {
            rc = add_box(w, p, n);
        } else if (is_mc(n, "AlternateContent")) {
            const xmlNode *branch = mc_branch(n);

            rc = branch != NULL ? find_boxes(w, branch, p) : XG_OK;
        } else {
            rc = find_boxes(w, n, p);
        }
        if (rc != XG_OK)
            return rc;
    }
    return XG_OK;
}

static int put_text(walk *w, xg_buf *b, const char *s, size_t len)
{
    return xg_buf_append(b, s, len) == 0 ? XG_OK : xg_error_nomem(w->err);
}

/* The text of a paragraph's content: runs, and the inline wrappers
 * around them (hyperlinks, smart tags, custom XML, simple fields,
 * content controls, insertions), in order.  Deleted and moved-away text,
 * field instructions, symbols and properties are skipped by not being
 * listed. */
static int collect_inline(walk *w, const xmlNode *parent, para *p)
{
    const xmlNode *n;
    int rc = XG_OK;

    for (n = parent->children; n != NULL && rc == XG_OK; n = n->next) {
        const char *name;

        if (is_mc(n, "AlternateContent")) {
            const xmlNode *branch = mc_branch(n);

            if (branch != NULL)
                rc = collect_inline(w, branch, p);
            continue;
        }
        if (!in_w(n))
            continue;
        name = (const char *)n->name;
        if (strcmp(name, "t") == 0) {
            const xmlNode *t;

            for (t = n->children; t != NULL && rc == XG_OK; t = t->next)
                if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) &&
                    t->content != NULL)
                    rc = put_text(w, &p->text, (const char *)t->content,
                                  strlen((const char *)t->content));
        } else if (strcmp(name, "tab") == 0 || strcmp(name, "ptab") == 0) {
            rc = put_text(w, &p->text, "\t", 1);
        } else if (strcmp(name, "br") == 0) {
            /* Page and column breaks end a page, not a line of text. */
            const char *type = attr(n, "type");

            if (type == NULL || strcmp(type, "textWrapping") == 0)
                rc = put_text(w, &p->text, "\n", 1);
        } else if (strcmp(name, "cr") == 0) {
            rc = put_text(w, &p->text, "\n", 1);
        } else if (strcmp(name, "noBreakHyphen") == 0) {
            rc = put_text(w, &p->text, "-", 1);
        } else if (strcmp(name, "r") == 0 || strcmp(name, "hyperlink") == 0 ||
                   strcmp(name, "smartTag") == 0 || strcmp(name, "customXml") == 0 ||
                   strcmp(name, "fldSimple") == 0 || strcmp(name, "ins") == 0 ||
                   strcmp(name, "moveTo") == 0 || strcmp(name, "dir") == 0 ||
                   strcmp(name, "bdo") == 0) {
            rc = collect_inline(w, n, p);
        } else if (strcmp(name, "sdt") == 0) {
            const xmlNode *content = w_child(n, "sdtContent");

            if (content != NULL)
                rc = collect_inline(w, content, p);
        } else if (strcmp(name, "ruby") == 0) {
            /* The base text; the guide text (w:rt, pinyin) is a gloss. */
            const xmlNode *base = w_child(n, "rubyBase");

            if (base != NULL)
                rc = collect_inline(w, base, p);
        } else if (strcmp(name, "pict") == 0 || strcmp(name, "drawing") == 0 ||
                   strcmp(name, "object") == 0) {
            rc = find_boxes(w, n, p);
        }
    }
    return rc;
}

/* Hand one finished paragraph to the sink.  In a cell, empty paragraphs
 * between lines are kept (as empty lines) but not those at the start or
 * the end, which are only spacing. */
static int sink_line(walk *w, sink *s, const char *text, size_t len)
{
    if (s->cell == NULL) {
        if (len == 0)
            return XG_OK;
        return xg_doc_add_paragraph(w->doc, text, len, NULL, w->err);
    }
    if (len == 0) {
        if (s->started)
            s->empty_lines++;
        return XG_OK;
    }
    if (s->started) {
        size_t i;

        for (i = 0; i <= s->empty_lines; i++)
            if (xg_buf_putc(s->cell, '\n') != 0)
                return xg_error_nomem(w->err);
    }
    if (xg_buf_append(s->cell, text, len) != 0)
        return xg_error_nomem(w->err);
    s->started = 1;
    s->empty_lines = 0;
    return XG_OK;
}

/* A w:p: its text, then the text boxes anchored in it, which Word draws
 * near it and which belong with it in reading order. */
static int walk_paragraph(walk *w, const xmlNode *pnode, sink *s)
{
    para p;
    size_t i;
    int rc;

    memset(&p, 0, sizeof p);
    rc = collect_inline(w, pnode, &p);
    if (rc == XG_OK)
        rc = sink_line(w, s, xg_buf_str(&p.text), p.text.len);
    for (i = 0; i < p.nboxes && rc == XG_OK; i++)
        rc = walk_blocks(w, p.boxes[i], s);
    xg_buf_free(&p.text);
    free(p.boxes);
    return rc;
}

/* One block-level node (of a body, a cell, a text box): a paragraph or a
 * table, or one of the block wrappers around them (content controls,
 * custom XML, insertions, alternate content).  Anything else, such as
 * w:sectPr or a deletion, holds no text of the document. */
static int walk_block(walk *w, const xmlNode *n, sink *s)
{
    if (is_mc(n, "AlternateContent")) {
        const xmlNode *branch = mc_branch(n);

        return branch != NULL ? walk_blocks(w, branch, s) : XG_OK;
    }
    if (is_w(n, "p"))
        return walk_paragraph(w, n, s);
    if (is_w(n, "tbl"))
        return walk_table(w, n);
    if (is_w(n, "sdt")) {
        const xmlNode *content = w_child(n, "sdtContent");

        return content != NULL ? walk_blocks(w, content, s) : XG_OK;
    }
    if (is_w(n, "customXml") || is_w(n, "smartTag") || is_w(n, "ins") ||
        is_w(n, "moveTo"))
        return walk_blocks(w, n, s);
    return XG_OK;
}

static int walk_blocks(walk *w, const xmlNode *parent, sink *s)
{
    const xmlNode *n;
    int rc = XG_OK;

    for (n = parent->children; n != NULL && rc == XG_OK; n = n->next)
        rc = walk_block(w, n, s);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */

enum vmerge { VMERGE_NONE, VMERGE_RESTART, VMERGE_CONTINUE };

/* A cell of the row being read.  Cells are added to the model only when
 * the row is complete, because an old-style w:hMerge continuation widens
 * the cell before it. */
typedef struct row_cell {
    int col, span;
    enum vmerge vmerge;
    char *text;
    size_t len;
} row_cell;

typedef struct row_state {
    row_cell *cells;
    size_t ncells, cap;
    int col;                /* next free grid column */
} row_state;

typedef struct table_state {
    xg_table *table;
    int row;                /* grid row of the next row with cells */
} table_state;

static void row_state_free(row_state *r)
{
    size_t i;

    for (i = 0; i < r->ncells; i++)
        free(r->cells[i].text);
    free(r->cells);
    memset(r, 0, sizeof *r);
}

/* A w:tc: its span and merge marks from w:tcPr, its text from its
 * paragraphs (nested tables become blocks of their own as they are met). */
static int walk_cell(walk *w, row_state *r, const xmlNode *tc)
{
    const xmlNode *props = w_child(tc, "tcPr");
    const xmlNode *mark;
    enum vmerge vmerge = VMERGE_NONE;
    int span = 1, hmerge_continue = 0, rc;
    xg_buf text = {0};
    sink s;

    if (props != NULL) {
        span = int_val(w_child(props, "gridSpan"), 1, 1, XG_MAX_GRID_COLS + 1);
        mark = w_child(props, "vMerge");
        if (mark != NULL) {
            /* A bare <w:vMerge/> means continue. */
            const char *v = attr(mark, "val");

            vmerge = (v != NULL && strcmp(v, "restart") == 0) ? VMERGE_RESTART
                                                              : VMERGE_CONTINUE;
        }
        mark = w_child(props, "hMerge");
        if (mark != NULL) {
            const char *v = attr(mark, "val");

            hmerge_continue = !(v != NULL && strcmp(v, "restart") == 0);
        }
    }
    if (r->col > XG_MAX_GRID_COLS - span)
        return xg_error_set(w->err, XG_ERR_LIMIT, "table wider than %d columns",
                            XG_MAX_GRID_COLS);

    memset(&s, 0, sizeof s);
    s.cell = &text;
    rc = walk_blocks(w, tc, &s);
    if (rc != XG_OK)
        goto done;

    if (hmerge_continue && r->ncells > 0 &&
        r->cells[r->ncells - 1].col + r->cells[r->ncells - 1].span == r->col) {
        /* Continuation text is hidden by Word; only the width counts. */
        r->cells[r->ncells - 1].span += span;
        r->col += span;
        goto done;
    }
    if (r->ncells == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        row_cell *cells;

        if (cap > SIZE_MAX / sizeof *cells) {
            rc = xg_error_nomem(w->err);
            goto done;
        }
        cells = realloc(r->cells, cap * sizeof *cells);
        if (cells == NULL) {
            rc = xg_error_nomem(w->err);
            goto done;
        }
        r->cells = cells;
        r->cap = cap;
    }
    {
        row_cell *c = &r->cells[r->ncells];

        c->len = text.len;
        c->text = xg_buf_steal(&text);
        if (c->text == NULL) {
            rc = xg_error_nomem(w->err);
            goto done;
        }
        c->col = r->col;
        c->span = span;
        c->vmerge = vmerge;
        r->ncells++;
        r->col += span;
    }
done:
    xg_buf_free(&text);
    return rc;
}

/* The cells of a row, through content controls and custom XML that wrap
 * one or several cells. */
static int walk_cells(walk *w, row_state *r, const xmlNode *parent)
{
    const xmlNode *n;
    int rc = XG_OK;

    for (n = parent->children; n != NULL && rc == XG_OK; n = n->next) {
        if (is_w(n, "tc")) {
            rc = walk_cell(w, r, n);
        } else if (is_w(n, "sdt")) {
            const xmlNode *content = w_child(n, "sdtContent");

            if (content != NULL)
                rc = walk_cells(w, r, content);
        } else if (is_w(n, "customXml")) {
            rc = walk_cells(w, r, n);
        } else if (is_mc(n, "AlternateContent")) {
            const xmlNode *branch = mc_branch(n);

            if (branch != NULL)
                rc = walk_cells(w, r, branch);
        }
    }
    return rc;
}

/* Put a finished row into the model.  A vMerge continuation extends the
 * cell that starts at the same grid column, with the same width, in the
 * row above; without one it is an ordinary cell, so no text is lost. */
static int commit_row(walk *w, table_state *t, row_state *r)
{
    size_t i;
    int rc = XG_OK;

    if (r->ncells == 0)
        return XG_OK;   /* no cells at all: no grid row either */
    for (i = 0; i < r->ncells && rc == XG_OK; i++) {
        const row_cell *c = &r->cells[i];

        if (c->vmerge == VMERGE_CONTINUE && t->row > 0) {
            const xg_cell *above = xg_table_cell_at(t->table, t->row - 1, c->col);

            if (above != NULL && above->col == c->col && above->colspan == c->span &&
                above->row + above->rowspan == t->row) {
                rc = xg_table_extend_down(t->table, above->row, above->col, w->err);
                continue;
            }
        }
        rc = xg_table_add_cell(t->table, t->row, c->col, 1, c->span, c->text,
                               c->len, NULL, w->err);
    }
    if (rc == XG_OK)
        t->row++;
    return rc;
}

/* A w:tr.  Grid columns skipped by w:gridBefore come first; w:gridAfter
 * only leaves the end of the row empty, which needs nothing.  A row
 * deleted with tracked changes is dropped like deleted text. */
static int walk_row(walk *w, table_state *t, const xmlNode *tr)
{
    const xmlNode *props = w_child(tr, "trPr");
    row_state r;
    int rc;

    memset(&r, 0, sizeof r);
    if (props != NULL) {
        if (w_child(props, "del") != NULL)
            return XG_OK;
        r.col = int_val(w_child(props, "gridBefore"), 0, 0, XG_MAX_GRID_COLS);
    }
    rc = walk_cells(w, &r, tr);
    if (rc == XG_OK)
        rc = commit_row(w, t, &r);
    row_state_free(&r);
    return rc;
}

/* The rows of a table, through content controls and custom XML that wrap
 * whole rows. */
static int walk_rows(walk *w, table_state *t, const xmlNode *parent)
{
    const xmlNode *n;
    int rc = XG_OK;

    for (n = parent->children; n != NULL && rc == XG_OK; n = n->next) {
        if (is_w(n, "tr")) {
            rc = walk_row(w, t, n);
        } else if (is_w(n, "sdt")) {
            const xmlNode *content = w_child(n, "sdtContent");

            if (content != NULL)
                rc = walk_rows(w, t, content);
        } else if (is_w(n, "customXml")) {
            rc = walk_rows(w, t, n);
        } else if (is_mc(n, "AlternateContent")) {
            const xmlNode *branch = mc_branch(n);

            if (branch != NULL)
                rc = walk_rows(w, t, branch);
        }
    }
    return rc;
}

/* A w:tbl becomes a table block, created before its cells are read so
 * that tables nested in them follow it in the document. */
static int walk_table(walk *w, const xmlNode *tbl)
{
    table_state t;
    int rc;

    if (w->table_depth >= XG_MAX_NESTING)
        return xg_error_set(w->err, XG_ERR_LIMIT, "tables nested deeper than %d levels",
                            XG_MAX_NESTING);
    memset(&t, 0, sizeof t);
    t.table = xg_doc_add_table(w->doc, w->err);
    if (t.table == NULL)
        return XG_ERR_NOMEM;
    w->table_depth++;
    rc = walk_rows(w, &t, tbl);
    w->table_depth--;
    if (rc == XG_OK)
        xg_doc_drop_empty_table(w->doc);
    return rc;
}

/* ------------------------------------------------------------------ */
/* The package                                                         */

/* The target of the officeDocument relationship in _rels/.rels (owned),
 * as a zip entry name; NULL with *RC = XG_OK when there is none. */
static char *office_document_target(const xmlDoc *rels, int *rc, xg_error *err)
{
    const xmlNode *root = xmlDocGetRootElement(rels);
    const xmlNode *n;
    static const char suffix[] = "/officeDocument";

    *rc = XG_OK;
    if (root == NULL)
        return NULL;
    for (n = root->children; n != NULL; n = n->next) {
        const char *type, *target, *mode;
        size_t tlen;
        char *copy;

        if (n->type != XML_ELEMENT_NODE ||
            strcmp((const char *)n->name, "Relationship") != 0)
            continue;
        type = attr(n, "Type");
        target = attr(n, "Target");
        mode = attr(n, "TargetMode");
        if (type == NULL || target == NULL)
            continue;
        if (mode != NULL && strcmp(mode, "External") == 0)
            continue;
        tlen = strlen(type);
        if (tlen < sizeof suffix - 1 ||
            strcmp(type + tlen - (sizeof suffix - 1), suffix) != 0)
            continue;
        /* Targets are relative to the package root here; a leading '/'
         * makes the same name absolute. */
        while (*target == '/')
            target++;
        if (*target == '\0')
            continue;
        copy = malloc(strlen(target) + 1);
        if (copy == NULL) {
            *rc = xg_error_nomem(err);
            return NULL;
        }
        strcpy(copy, target);
        return copy;
    }
    return NULL;
}

/* on_block for the main part: each child of w:body goes to the document
 * as soon as the parser has it. */
static int walk_body_block(void *data, const xmlNode *block)
{
    walk *w = data;
    sink s;

    memset(&s, 0, sizeof s);
    return walk_block(w, block, &s);
}

int xg_extract_docx_capped(const unsigned char *data, size_t size,
                           size_t entry_cap, xg_doc *doc, xg_error *err)
{
    zip_error_t zerr;
    zip_source_t *src = NULL;
    zip_t *za = NULL;
    zip_int64_t nentries, index;
    unsigned char *bytes = NULL;
    size_t len = 0;
    xmlDocPtr xml = NULL;
    char *main_part = NULL;
    char label[256];
    const xmlNode *root, *body;
    /* One node per 32 bytes of the cap (2097152 for 64 MiB): a real
     * document spends about 13 bytes a node, but this bounds the nodes of
     * one block of the body, and the biggest block of a real report (a
     * statistics table) has some 20000. */
    size_t max_nodes = entry_cap / 32 > 0 ? entry_cap / 32 : 1;
    walk w;
    int rc = XG_OK;

    memset(&w, 0, sizeof w);
    w.doc = doc;
    w.err = err;
    zip_error_init(&zerr);
    if (doc == NULL || (data == NULL && size != 0)) {
        rc = xg_error_set(err, XG_ERR_USAGE, "xg_extract_docx: invalid argument");
        goto done;
    }
    /* libzip opens zero bytes as an empty archive; an empty file is not
     * one. */
    if (size == 0) {
        rc = xg_error_set(err, XG_ERR_FORMAT, "not a zip archive");
        goto done;
    }
    src = zip_source_buffer_create(data, size, 0, &zerr);
    if (src == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (za == NULL) {
        int zcode = zip_error_code_zip(&zerr);

        zip_source_free(src);   /* not taken over when the open fails */
        if (zcode == ZIP_ER_NOZIP)
            rc = xg_error_set(err, XG_ERR_FORMAT, "not a zip archive");
        else if (zcode == ZIP_ER_MEMORY)
            rc = xg_error_nomem(err);
        else
            rc = xg_error_set(err, XG_ERR_CORRUPT, "corrupt zip archive: %s",
                              zip_error_strerror(&zerr));
        goto done;
    }
    nentries = zip_get_num_entries(za, 0);
    if (nentries > XG_MAX_ZIP_ENTRIES) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "zip archive has more than %d entries",
                          XG_MAX_ZIP_ENTRIES);
        goto done;
    }

    index = locate_entry(za, RELS_PART);
    if (index < 0) {
        rc = xg_error_set(err, XG_ERR_FORMAT, "not a Word document: no " RELS_PART);
        goto done;
    }
    rc = read_entry(za, (zip_uint64_t)index, RELS_PART, entry_cap, &bytes, &len, err);
    if (rc == XG_OK)
        rc = parse_part(RELS_PART, bytes, len, max_nodes, NULL, NULL, &xml, err);
    if (rc != XG_OK)
        goto done;
    free(bytes);
    bytes = NULL;
    main_part = office_document_target(xml, &rc, err);
    xmlFreeDoc(xml);
    xml = NULL;
    if (rc != XG_OK)
        goto done;
    if (main_part == NULL) {
        rc = xg_error_set(err, XG_ERR_FORMAT,
                          "not a Word document: no officeDocument relationship in "
                          RELS_PART);
        goto done;
    }
    message_safe(main_part, label, sizeof label);

    index = locate_entry(za, main_part);
    if (index < 0) {
        rc = xg_error_set(err, XG_ERR_CORRUPT,
                          "%s: main part named in " RELS_PART " is missing", label);
        goto done;
    }
    rc = read_entry(za, (zip_uint64_t)index, label, entry_cap, &bytes, &len, err);
    if (rc == XG_OK)
        rc = parse_part(label, bytes, len, max_nodes, walk_body_block, &w, &xml, err);
    if (rc != XG_OK)
        goto done;
    free(bytes);
    bytes = NULL;

    /* The officeDocument of a spreadsheet or a presentation is not a
     * w:document: say so rather than return an empty document. */
    root = xmlDocGetRootElement(xml);
    if (root == NULL || !is_w(root, "document")) {
        rc = xg_error_set(err, XG_ERR_FORMAT,
                          "not a Word document: main part %s is not WordprocessingML",
                          label);
        goto done;
    }
    /* The body's blocks were walked as they were parsed; whatever the
     * body still holds was not (there should be nothing). */
    body = w_child(root, "body");
    if (body != NULL) {
        sink s;

        memset(&s, 0, sizeof s);
        rc = walk_blocks(&w, body, &s);
    }
done:
    if (xml != NULL)
        xmlFreeDoc(xml);
    free(bytes);
    free(main_part);
    if (za != NULL)
        zip_discard(za);
    zip_error_fini(&zerr);
    return rc;
}

int xg_extract_docx(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err)
{
    return xg_extract_docx_capped(data, size, XG_MAX_ZIP_ENTRY, doc, err);
}
