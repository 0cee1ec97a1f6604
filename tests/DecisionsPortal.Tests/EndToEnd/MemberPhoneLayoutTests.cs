using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// The portal's new page kinds on the narrowest phones (320 and 375 CSS pixels): a person page with
/// votes, a decision page with a vote by council group, a dissent and appeal dates, a meeting with
/// its attendance, a meeting's agenda, an agenda item, a case, and amended and corrected decisions
/// with their word-by-word differences: none scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberPhoneLayoutTests(BrowserFixture browser)
{
    private static readonly (string Site, string Path)[] PageKinds =
    [
        ("members", "fi/henkilo/aino-aaltonen/"), ("members", "fi/paatokset/2025/uimahalli/"), ("members", "sv/person/eeva-eskola/"),
        ("members", "sv/beslut/2025/uimahalli/"), ("members", MemberTown.Meeting[..^"index.html".Length]),
        ("agendas", AgendaTown.Meeting), ("agendas", AgendaTown.MeetingSwedish), ("agendas", AgendaTown.AgendaItem),
        ("agendas", AgendaTown.Amended), ("agendas", AgendaTown.AmendedSwedish), ("agendas", AgendaTown.Case),
    ];

    public static TheoryData<string, string, int> Pages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 320, 375 })
        {
            foreach (var (site, page) in PageKinds)
            {
                data.Add(site, page, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_new_kind_of_page_is_no_wider_than_the_phone(string siteName, string path, int width)
    {
        var site = await ServedSite.OfAsync(siteName);
        var page = await browser.ReusedPageAsync(nameof(MemberPhoneLayoutTests), width: width, height: 740);
        var response = await page.GotoAsync(site.Url(path));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");

        // The whole page: every element, so a wide table or a long compound is named (a table's own
        // scrolling region, not what it scrolls).
        const string parts = "body *";
        var wide = await page.EvaluateAsync<string[]>(
            "([w, parts]) => [...document.querySelectorAll(parts)].filter(e => !e.parentElement.closest('.table-scroll') && e.getBoundingClientRect().right > w + 0.5).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ': ' + (e.textContent || '').trim().slice(0, 60))",
            new object[] { width, parts });
        Assert.True(wide.Length == 0, $"{path} at {width} px:\n{string.Join('\n', wide)}");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, $"{path} scrolls sideways at {width} px");
    }

    [Theory]
    [InlineData("fi/paatokset/2025/uimahalli/", "Äänestyksen tulos", "Äänestyksen tulos valtuustoryhmittäin")]
    [InlineData("sv/beslut/2025/uimahalli/", "Omröstningens resultat", "Omröstningens resultat per fullmäktigegrupp")]
    public async Task A_vote_table_keeps_its_words_whole_on_a_phone_and_scrolls_in_a_labelled_focusable_region(string path, string votes, string byGroup)
    {
        var site = await ServedSite.OfAsync("members");
        var page = await browser.ReusedPageAsync(nameof(MemberPhoneLayoutTests), width: 375, height: 740);
        await page.GotoAsync(site.Url(path));

        // Each word of the tables as the reader sees it: on one line, not "Ja|a" or "Sosialidemokraattine|n".
        var broken = await page.EvaluateAsync<string[]>(
            """
            () => {
              const out = [], walker = document.createTreeWalker(document.querySelector('.votes'), NodeFilter.SHOW_TEXT);
              for (let n; (n = walker.nextNode());) {
                for (const m of n.data.matchAll(/\S+/g)) {
                  const r = document.createRange();
                  r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                  if (new Set([...r.getClientRects()].map(c => Math.round(c.top))).size > 1) out.push(m[0]);
                }
              }
              return out;
            }
            """);
        Assert.Empty(broken);
        var regions = page.Locator(".votes [role=region]");
        Assert.Equal(2, await regions.CountAsync());
        Assert.Equal(
            [votes, byGroup],
            await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.votes [role=region]')].map(r => document.getElementById(r.getAttribute('aria-labelledby')).textContent)"));
        Assert.Equal(["0", "0"], await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.votes [role=region]')].map(r => r.getAttribute('tabindex'))"));
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, $"{path} scrolls sideways");
    }
}
