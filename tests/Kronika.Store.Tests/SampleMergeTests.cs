namespace Kronika.Store.Tests;

/// <summary>The Done-when of the archive issue on the team's sample articles, through the real Polish pipeline.</summary>
public sealed class SampleMergeTests : IDisposable
{
    private readonly TempArchive archive = new();

    public SampleMergeTests()
    {
        archive.Store.PutMany(SampleArchive.Articles);
    }

    public void Dispose() => archive.Dispose();

    [Fact]
    public void The_meeting_reported_by_four_outlets_is_one_archive_event()
    {
        ArchiveEvent meeting = Assert.Single(archive.Store.Events(new EventQuery(Type: "CONSULT")).Items);
        Assert.Equal("2026-11-24", meeting.Date);
        Assert.Equal(4, meeting.NumSources);
        Assert.Equal(4, meeting.NumArticles);
        Assert.Equal(4, meeting.Mentions.Count);
        Assert.Equal(["Gitanas Nausėda", "Karol Nawrocki"], meeting.Source.Select(e => e.Name).Order());
        Assert.Equal("Wilno", meeting.Location?.Name);
    }

    [Fact]
    public void The_signing_is_one_archive_event_with_several_sources()
    {
        var signings = archive.Store.Events(new EventQuery(Type: "AGREE")).Items;
        ArchiveEvent signing = Assert.Single(signings, e => e.NumSources > 1);
        Assert.True(signing.NumSources >= 3, $"{signing.NumSources} sources");
    }

    [Fact]
    public void Each_real_actor_is_one_archive_entity()
    {
        foreach (string name in new[] { "Karol Nawrocki", "Gitanas Nausėda", "Litwa", "Rosja", "Wilno" })
        {
            ArchiveEntity entity = Assert.Single(archive.Store.Entities(new EntityQuery(Name: name)).Items, e => e.Name == name);
            Assert.True(entity.Documents >= 2, $"{name} in {entity.Documents} documents");
        }

        ArchiveEntity president = archive.Store.Entities(new EntityQuery(Name: "Nawrocki")).Items.Single();
        Assert.Equal(4, president.Documents);
    }

    [Fact]
    public void The_claim_of_one_outlet_carries_the_denial_of_another()
    {
        ArchiveClaim claim = Assert.Single(archive.Store.Claims(new ClaimQuery(Denied: true)).Items);
        ArchiveEvent shelling = archive.Store.Event(claim.EventId)!;
        Assert.Equal("ASSAULT", shelling.Type);
        Assert.Equal(2, shelling.NumSources);
        Assert.Contains(claim.Claimants, c => c.Name == "Litwa");
        ClaimDenial denial = Assert.Single(claim.Denials);
        Assert.Equal("Gazeta Nadbałtycka", denial.Outlet);
        Assert.Contains(denial.DeniedBy, d => d.Name == "Rosja");
        Assert.Equal("Kurier Wschodni", Assert.Single(claim.Reports).Outlet);
    }

    [Fact]
    public void Storing_the_samples_again_changes_nothing()
    {
        ArchiveStats before = archive.Store.Stats();
        Assert.All(archive.Store.PutMany(SampleArchive.Articles), o => Assert.Equal(PutOutcome.Unchanged, o));
        Assert.Equal(before, archive.Store.Stats());
    }
}
