using Suite.Contracts;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Stores;

namespace Suite.Scheduling.Tests;

public sealed class StoreRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static NewStore Valid() => new("tmall-flagship", "Flagship", "Tmall", "Asia/Shanghai", Channel.Chat,
        [new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(0, 0))]);

    [Fact]
    public void A_valid_store_has_no_errors_and_a_normalised_platform()
    {
        Assert.Empty(StoreRules.Validate(Valid()));
        Assert.Equal("tmall", Store.Open(Valid() with { Platform = " Tmall " }, Now).Platform);
        Assert.Equal("tmall-flagship", Store.Open(Valid() with { Code = " tmall-flagship " }, Now).Code);
    }

    [Theory]
    [InlineData("tm", true)]
    [InlineData("tmall-flagship-2", true)]
    [InlineData("0196a000-0000-7000-8000-00000000000a", true)]
    [InlineData("t", false)]
    [InlineData("TM-01", false)]
    [InlineData("tm_01", false)]
    [InlineData("tm.01", false)]
    [InlineData("天猫", false)]
    [InlineData("", false)]
    public void Codes_are_lowercase_letters_digits_and_hyphens(string code, bool accepted) =>
        Assert.Equal(accepted, StoreRules.IsCode(code));

    [Fact]
    public void Codes_have_at_most_64_characters()
    {
        Assert.True(StoreRules.IsCode(new string('a', 64)));
        Assert.False(StoreRules.IsCode(new string('a', 65)));
    }

    [Theory]
    [InlineData("Asia/Shanghai", true)]
    [InlineData("Europe/Amsterdam", true)]
    [InlineData("UTC", true)]
    [InlineData("China Standard Time", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData(" Asia/Shanghai", false)]
    [InlineData("", false)]
    public void Only_IANA_time_zones_are_accepted(string id, bool accepted) =>
        Assert.Equal(accepted, StoreRules.IsIanaTimeZone(id));

    [Fact]
    public void Every_bad_field_is_named()
    {
        var errors = StoreRules.Validate(new NewStore("TM 01", "", "tm/all", "Nowhere/City", (Channel)9, [
            new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0)),
            new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(13, 0)),
        ]));

        Assert.Equal(["channel", "code", "name", "openingHours[1]", "platform", "timeZone"], errors.Keys.Order());
    }

    [Fact]
    public void Platforms_are_data_not_code() =>
        Assert.Empty(StoreRules.Validate(Valid() with { Platform = "Xiaohongshu" }));

    [Fact]
    public void A_queue_is_served_only_by_agents_with_every_required_skill()
    {
        var queue = Queue.Create(Guid.CreateVersion7(Now), "After-sales", ["After-Sales", "tmall"], Now);

        Assert.Equal(["after-sales", "tmall"], queue.RequiredSkills);
        Assert.True(queue.CanBeServedBy(["after-sales", "pre-sales", "tmall"]));
        Assert.False(queue.CanBeServedBy(["after-sales"]));
    }

    [Fact]
    public void A_queue_needs_a_name_and_sane_skills() =>
        Assert.Equal(["name", "requiredSkills"], StoreRules.ValidateQueue(" ", [""]).Keys.Order());

    [Fact]
    public void Channels_have_kebab_case_wire_names() => Assert.Equal("social-media", WireNames.Of(Channel.SocialMedia));
}
