/// The style sheet of the HTML document and the dashboard: system fonts only, readable on screen, A4 in print.
public enum HTMLStyle {
    public static let css = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --rule: #d0d0d0; --link: #005a8c; --tint: #f4f4f4; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink);
          background: #ffffff; line-height: 1.45; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem; }
        h1 { font-size: 1.7rem; margin: 0 0 .25rem; line-height: 1.2; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .15rem; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
        p.scope, .muted { color: var(--muted); }
        a { color: var(--link); }
        a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
        figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
        figure svg.chart { width: 100%; height: auto; max-width: 720px; display: block; }
        figcaption { font-size: .85rem; color: var(--muted); margin-top: .25rem; }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0 1rem; }
        th, td { text-align: left; vertical-align: top; padding: .25rem .4rem; border-bottom: 1px solid var(--rule); }
        th { border-bottom: 2px solid var(--ink); }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr:target { background: #fff3c4; }
        .tag { display: inline-block; font-size: .75rem; padding: 0 .35rem; border: 1px solid var(--muted); border-radius: .6rem; }
        .quad { white-space: nowrap; }
        .quad svg { vertical-align: -2px; }
        ul.findings > li { margin-bottom: .6rem; }
        ul.evidence { font-size: .85rem; margin: .25rem 0 0; }
        ol.sources { font-size: .85rem; word-break: break-word; }
        nav.toc { font-size: .9rem; border: 1px solid var(--rule); padding: .5rem .9rem; background: var(--tint); }
        nav.toc ul { margin: .25rem 0; padding-left: 1.2rem; }
        .shift-rapprochement, .shift-thaw, .shift-intensification { border-left: 4px solid #009E73; padding-left: .6rem; }
        .shift-estrangement, .shift-crisis, .shift-disengagement { border-left: 4px solid #D55E00; padding-left: .6rem; }
        div.shift { break-inside: avoid; page-break-inside: avoid; }
        table.series th[scope="row"] { font-weight: 400; white-space: nowrap; border-bottom: 1px solid var(--rule); }
        table.series td { white-space: nowrap; }
        code { font-size: .85em; overflow-wrap: anywhere; }
        footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
        form.choose { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; background: var(--tint);
          border: 1px solid var(--rule); padding: .75rem; margin: 1rem 0; }
        form.choose label { display: flex; flex-direction: column; font-size: .85rem; font-weight: 600; }
        form.choose input, form.choose select, form.choose button { font: inherit; font-weight: 400; padding: .25rem .4rem;
          border: 1px solid var(--muted); border-radius: 3px; background: #fff; color: var(--ink); }
        form.choose input.state { width: 5.5rem; text-transform: uppercase; }
        form.choose input.year { width: 5.5rem; }
        form.choose input.context { width: 9rem; text-transform: uppercase; }
        form.choose input.dataset { width: 9rem; }
        form.choose button { background: #005a8c; color: #fff; border-color: #005a8c; cursor: pointer; }
        .pager { display: flex; gap: 1rem; align-items: center; font-size: .9rem; }
        .error { border-left: 4px solid #D55E00; padding: .5rem .75rem; background: #fff4ec; }
        @media print {
          @page { size: A4; margin: 16mm 14mm 18mm; }
          html { font-size: 10pt; }
          body { max-width: none; padding: 0; }
          nav.toc, form.choose, .pager, .no-print { display: none !important; }
          h2 { break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          a { color: var(--ink); text-decoration: none; }
          ol.sources a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); }
          figure svg.chart { max-width: 100%; }
        }
        """
}
