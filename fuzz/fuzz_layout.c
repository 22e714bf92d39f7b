/*
 * libFuzzer harness for the layout stage, fed synthetic geometry: the
 * input bytes are read as operations building a document model (tables,
 * cells at any position with any span, texts drawn from real report
 * labels, numbers and junk), then layout, metadata, checks and both
 * writers run over it.  Build: ./configure --enable-fuzzing CC=clang.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pipeline.h"

static const char *const words[] = {
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果", "（一）予以公开", "（二）部分公开", "（三）不予公开",
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "（四）无法提供", "（五）不予处理",
    "（六）其他处理", "3.其他", "（七）总计", "四、结转下年度继续办理", "自然人",
    "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
    "总计", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持",
    "结果纠正", "其他结果", "尚未审结", "规章", "行政规范性文件", "行政许可",
    "本年制发件数", "本年处理决定数量", "本年收费金额（单位：万元）", "行政事业性收费",
    "一、总体情况", "二、主动公开政府信息情况", "四、政府信息公开行政复议、行政诉讼情况",
    "0", "12", "１２", "7730.28", "—", "/", "无", "", "\u3000", "0 0", "1,234", "x",
    "2024年1月20日", "某某市2023年政府信息公开工作年度报告", "\xff\xfe", "（六\n）其\n他处\n理",
    /* the 2019 format's table 二, units and signs */
    "第二十条第（九）项", "信息内容", "本年新制作数量", "对外公开总数量", "上一年项目数量",
    "本年增/减", "处理决定数量", "采购项目数量", "采购总金额（元）", "其他对外管理服务事项",
    "政府集中采购", "其他主动公开文件", "规章（注）", "251000元", "25.1万元", "-3", "减少1",
    "增加2项", "12件", "+0",
};
#define NWORDS (sizeof words / sizeof words[0])

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xg_doc *doc = xg_doc_new();
    xg_table *table = NULL;
    size_t i = 0;

    if (doc == NULL)
        return 0;
    while (i + 4 <= size) {
        uint8_t op = data[i], a = data[i + 1], b = data[i + 2], c = data[i + 3];
        const char *w = words[c % NWORDS];

        i += 4;
        switch (op % 5) {
        case 0:
            xg_doc_add_paragraph(doc, w, strlen(w), NULL, NULL);
            break;
        case 1:
            table = xg_doc_add_table(doc, NULL);
            break;
        case 2:
        case 3:
            if (table)
                xg_table_add_cell(table, a % 40, b % 20, 1 + (op >> 5) % 4,
                                  1 + (op >> 3) % 4, w, strlen(w), NULL, NULL);
            break;
        default:
            if (table)
                xg_table_extend_down(table, a % 40, b % 20, NULL);
            break;
        }
    }
    run_pipeline(doc, XG_FORMAT_DOCX);
    xg_doc_free(doc);
    return 0;
}
