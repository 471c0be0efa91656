package org.rasid.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.rasid.doc.Article;

/**
 * HTML pages: metadata from {@code og:}/{@code article:} tags and {@code <title>}, the article body
 * found by paragraph density, with scripts, menus, forms and related-link lists dropped.
 */
public final class HtmlReader {
  /** jsoup is recursive in places: pathologically deep trees are cut here. */
  private static final int MAX_DEPTH = 512;
  private static final String BOILERPLATE = "script, style, noscript, template, iframe, svg, nav, header, footer,"
      + " aside, form, button, select, figure figcaption, [role=navigation], [role=banner], [role=contentinfo],"
      + " [aria-hidden=true], .share, .social, .related, .comments, .breadcrumb, .menu";

  private HtmlReader() {}

  public static Input read(String id, byte[] bytes) {
    String html;
    try {
      html = Bytes.decode(bytes, 0, bytes.length);
    } catch (Bytes.NotTextException e) {
      return new Input.Failed(id, e.getMessage());
    }
    return parse(id, html, null);
  }

  public static Input parse(String id, String html, LocalDate fallbackDate) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = firstNonBlank(meta(page, "og:title"), page.title(), text(page.selectFirst("h1")));
    LocalDate date = Dates.parse(firstNonBlank(meta(page, "article:published_time"), meta(page, "og:published_time"),
        meta(page, "date"), meta(page, "pubdate"), attr(page.selectFirst("[itemprop=datePublished]"), "content"),
        attr(page.selectFirst("time[datetime]"), "datetime")));
    if (date == null) date = fallbackDate;
    Element body = page.body();
    if (body == null) return new Input.Failed(id, "HTML has no body");
    if (tooDeep(body)) return new Input.Failed(id, "HTML nested deeper than " + MAX_DEPTH + " levels");
    body.select(BOILERPLATE).remove();
    for (Element list : body.select("ul, ol")) {
      if (isLinkList(list)) list.remove();
    }
    Element main = findMain(body);
    String text = paragraphs(main);
    if (text.isBlank()) return new Input.Failed(id, "HTML has no article body");
    if (title.isEmpty()) {
      int nl = text.indexOf('\n');
      title = nl < 0 ? text : text.substring(0, nl);
      text = nl < 0 ? "" : text.substring(nl + 1);
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    String url = meta(page, "og:url");
    if (!url.isEmpty()) extra.put("url", url);
    String site = meta(page, "og:site_name");
    return new Input.Ok(new Article(id, title.strip(), text.strip(), date, site.isEmpty() ? null : site, extra));
  }

  private static boolean tooDeep(Element root) {
    int depth = 0;
    org.jsoup.nodes.Node n = root;
    // iterative walk: depth of the deepest element, without recursion
    java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
    stack.push(new Object[] {n, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      int d = (Integer) top[1];
      if (d > MAX_DEPTH) return true;
      depth = Math.max(depth, d);
      for (Element c : ((Element) top[0]).children()) stack.push(new Object[] {c, d + 1});
    }
    return false;
  }

  /** {@code <article>} or {@code <main>} when present, else the block with the most paragraph text. */
  private static Element findMain(Element body) {
    Element article = body.selectFirst("article, [itemprop=articleBody], main");
    if (article != null && paragraphs(article).length() > 200) return article;
    Element best = body;
    int bestLen = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) continue;
      int len = 0;
      for (Element q : parent.children()) if (q.tagName().equals("p")) len += q.text().length();
      if (len > bestLen) { bestLen = len; best = parent; }
    }
    return bestLen > 0 ? best : body;
  }

  private static String paragraphs(Element root) {
    Elements blocks = root.select("p, h2, h3, blockquote, li");
    StringBuilder b = new StringBuilder();
    if (blocks.isEmpty()) return root.text();
    java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.addAll(blocks);
    for (Element e : blocks) {
      if (insideAnother(e, root, seen)) continue;
      String t = e.text().strip();
      if (t.isEmpty()) continue;
      if (b.length() > 0) b.append("\n\n");
      b.append(t);
    }
    return b.toString();
  }

  private static boolean insideAnother(Element e, Element root, java.util.Set<Element> blocks) {
    for (Element p = e.parent(); p != null && p != root; p = p.parent()) if (blocks.contains(p)) return true;
    return false;
  }

  /** A list whose text is mostly link text: navigation or "read also" headlines. */
  private static boolean isLinkList(Element list) {
    int all = list.text().length();
    if (all == 0) return true;
    int linked = 0;
    for (Element a : list.select("a")) linked += a.text().length();
    return linked * 10 >= all * 7;
  }

  private static String meta(org.jsoup.nodes.Document page, String name) {
    Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return e == null ? "" : e.attr("content").strip();
  }

  private static String attr(Element e, String a) { return e == null ? "" : e.attr(a); }

  private static String text(Element e) { return e == null ? "" : e.text(); }

  private static String firstNonBlank(String... s) {
    for (String x : s) if (x != null && !x.isBlank()) return x.strip();
    return "";
  }
}
