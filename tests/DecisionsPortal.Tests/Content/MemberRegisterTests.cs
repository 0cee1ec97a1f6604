using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>content/members.yml is validated like the rest: each mistake at its file and line, with a "did you mean" where one helps.</summary>
public sealed class MemberRegisterTests
{
    private const string Groups = """
        groups:
          kesk: { fi: Keskustan valtuustoryhmä, sv: Centerns fullmäktigegrupp }
          sdp: { fi: Sosialidemokraattinen valtuustoryhmä, sv: Socialdemokratiska fullmäktigegruppen }
        members:
        """;

    private static BuildResult Build(string members, string decision = "")
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{(decision.Length > 0 ? decision : Decisions.Finnish())}\n-- content/members.yml --\n{Groups}\n{members}\n");
        return site.Build();
    }

    [Fact]
    public void A_valid_register_builds_without_a_message()
    {
        var result = Build("""
              - name: Aino Aaltonen
                group: kesk
                roles:
                  - { body: kaupunginvaltuusto, role: chair, from: 2021-08-01, to: 2025-05-31 }
                  - { body: kaupunginvaltuusto, role: member, from: 2025-06-01 }
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("DP026", StringComparison.Ordinal));
        var member = Assert.Single(result.Site!.Members.Register.Members);
        Assert.Equal(["chair", "member"], member.Roles.Select(r => r.Role));
    }

    [Fact]
    public void An_unknown_organ_is_an_error_at_its_line_with_the_closest_organ()
    {
        var result = Build("""
              - name: Aino Aaltonen
                group: kesk
                roles:
                  - { body: kaupunginvaltusto, from: 2021-08-01 }
            """);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0261");
        Assert.Equal(("content/members.yml", 8), (error.Location.Path.Replace('\\', '/')[^19..], error.Location.Line));
        Assert.Contains("did you mean 'kaupunginvaltuusto'?", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("puheenjohtaja", "chair")]
    [InlineData("Varapuheenjohtaja", "vice_chair")]
    [InlineData("vice ordförande", "vice_chair")]
    [InlineData("ersättare", "deputy")]
    [InlineData("memeber", "member")]
    public void A_role_written_as_the_minutes_word_for_it_is_an_error_naming_its_id(string written, string meant)
    {
        var result = Build($"""
              - name: Aino Aaltonen
                group: kesk
                roles:
                  - {"{"} body: kaupunginvaltuusto, role: {written}, from: 2021-08-01 {"}"}
            """);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0260", 8), (error.Code, error.Location.Line));
        Assert.EndsWith($"did you mean '{meant}'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_no_date_and_a_term_that_ends_before_it_begins_are_errors()
    {
        var result = Build("""
              - name: Aino Aaltonen
                roles:
                  - { body: kaupunginvaltuusto, from: 1.8.2021 }
                  - { body: kaupunginhallitus, from: 2025-06-01, to: 2023-05-31 }
            """);

        var errors = result.Diagnostics.Where(d => d.Code == "DP0262").ToList();
        Assert.Equal([7, 8], errors.Select(e => e.Location.Line));
        Assert.Contains("e.g. 'from: 2021-08-01', not '1.8.2021'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("ends (2023-05-31) before it begins (2025-06-01)", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_terms_in_one_organ_are_an_error_naming_the_other_terms_line()
    {
        var result = Build("""
              - name: Aino Aaltonen
                roles:
                  - { body: kaupunginvaltuusto, role: member, from: 2021-08-01, to: 2025-05-31 }
                  - { body: kaupunginvaltuusto, role: chair, from: 2025-01-01 }
            """);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0263");
        Assert.Equal(8, error.Location.Line);
        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_written_twice_is_an_error_at_the_second()
    {
        var result = Build("""
              - name: Aino Aaltonen
                group: kesk
              - name: Aino  Aaltonen
                group: sdp
            """);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0264");
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_group_and_an_unknown_field_say_what_was_meant()
    {
        var result = Build("""
              - name: Aino Aaltonen
                group: kes
                rols: []
            """);

        Assert.Contains("did you mean 'kesk'?", Assert.Single(result.Diagnostics, d => d.Code == "DP0265").Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'roles'?", Assert.Single(result.Diagnostics, d => d.Code == "DP0266").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_in_a_vote_that_is_not_in_the_register_is_a_warning_with_the_closest_member_and_never_names_personal_data()
    {
        var decision = Decisions.Finnish(extra: "votes: { for: [Aino Aaltonen, Aino Altonen], against: [\"[[Salainen Sakari]]{.personal}\"] }\ndissent: [Bertil Björk]");
        var result = Build("""
              - name: Aino Aaltonen
                group: kesk
              - name: Bertil Björk
                group: sdp
            """, decision);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0267");
        Assert.Contains("'Aino Altonen' in 'votes' is not in the register of members", warning.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Aino Aaltonen'?", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Sakari", StringComparison.Ordinal));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_name_written_with_its_group_or_role_is_answered_with_the_name_alone_or_the_role_apart()
    {
        var decision = Decisions.Finnish(extra: "votes: { for: [Aino Aaltonen (kesk)], against: [Bertil Björk] }\ndissent: Aino Aaltonen, Bertil Björk");
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {decision}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            attendees: [Aino Aaltonen, "Bertil Björk, jäsen"]
            ---
            -- content/members.yml --
            {Groups}
              - name: Aino Aaltonen
                group: kesk
              - name: Bertil Björk
                group: sdp
            """);

        var warnings = site.Build().Diagnostics.Where(d => d.Code == "DP0267").Select(d => d.Message).ToList();

        Assert.Equal(3, warnings.Count);
        Assert.StartsWith("'Aino Aaltonen (kesk)' in 'votes' is not in the register of members (", warnings[0]);
        Assert.EndsWith("members.yml); write the name alone, 'Aino Aaltonen'", warnings[0]);
        Assert.EndsWith("members.yml); these are two members' names: write each as an item of the list, '[Aino Aaltonen, Bertil Björk]'", warnings[1]);
        Assert.StartsWith("'Bertil Björk, jäsen' in 'attendees' is not in the register of members (", warnings[2]);
        Assert.EndsWith("members.yml); if 'jäsen' is the role, write it apart: '{ name: Bertil Björk, role: jäsen }'", warnings[2]);
    }

    // Attendance as the minutes list it: surname first with the role after a comma, or several names on one line.
    [Fact]
    public void An_attendee_written_surname_first_with_a_role_or_with_other_members_is_answered_with_what_to_write()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            attendees:
              - Björk Bertil, jäsen
              - Aaltonen Aino (puheenjohtaja)
              - Aino Aaltonen, Bertil Björk, Cecilia Carlsson
            ---
            -- content/members.yml --
            {Groups}
              - name: Aino Aaltonen
                group: kesk
              - name: Bertil Björk
                group: sdp
              - name: Cecilia Carlsson
                group: sdp
            """);

        var warnings = site.Build().Diagnostics.Where(d => d.Code == "DP0267").Select(d => d.Message).ToList();

        Assert.Equal(3, warnings.Count);
        Assert.EndsWith("members.yml); if 'jäsen' is the role, write it apart: '{ name: Bertil Björk, role: jäsen }'", warnings[0]);
        Assert.EndsWith("members.yml); if 'puheenjohtaja' is the role, write it apart: '{ name: Aino Aaltonen, role: puheenjohtaja }'", warnings[1]);
        Assert.EndsWith("members.yml); these are 3 members' names: write each as an item of the list, '[Aino Aaltonen, Bertil Björk, Cecilia Carlsson]'", warnings[2]);
    }

    // As Finnish minutes write a name, with a comma or without, and a one-item list of it stays one name to YAML.
    [Fact]
    public void A_member_s_name_written_surname_first_is_answered_with_the_name_as_the_register_writes_it()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(extra: "dissent: [\"Björk, Bertil\"]")}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            attendees:
              - Aaltonen, Aino
              - Björk Bertil
            ---
            -- content/members.yml --
            {Groups}
              - name: Aino Aaltonen
                group: kesk
              - name: Bertil Björk
                group: sdp
            """);

        var warnings = site.Build().Diagnostics.Where(d => d.Code == "DP0267").Select(d => d.Message).ToList();

        Assert.Equal(3, warnings.Count);
        Assert.EndsWith("members.yml); the name is written surname first: write it as the register does, 'Bertil Björk'", warnings[0]);
        Assert.EndsWith("members.yml); the name is written surname first: write it as the register does, 'Aino Aaltonen'", warnings[1]);
        Assert.StartsWith("'Björk Bertil' in 'attendees'", warnings[2]);
        Assert.EndsWith("members.yml); the name is written surname first: write it as the register does, 'Bertil Björk'", warnings[2]);
    }
}
