using System.IO.Compression;
using Kronika.Core.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

/// <summary>Raw (PoliMorf-tagged) lookups against the real dictionary.</summary>
public class MorfologikDictionaryTests
{
    private static MorfologikDictionary Dict => RealDictionary.Dictionary;

    [Fact]
    public void Finds_putin_dative_with_raw_tag()
    {
        Assert.Contains(new MorphAnalysis("Putin", "subst:sg:dat:m1"), Dict.Lookup("Putinowi"));
    }

    [Fact]
    public void Decodes_lemmas_whose_suffix_changes_with_multibyte_letters()
    {
        Assert.Contains(Dict.Lookup("Kijowa"), a => a.Lemma == "Kijów");
        Assert.Contains(Dict.Lookup("Moskwy"), a => a.Lemma == "Moskwa");
    }

    [Fact]
    public void Lookup_is_exact_and_case_sensitive()
    {
        Assert.Empty(Dict.Lookup("Przywódcy"));
        Assert.NotEmpty(Dict.Lookup("przywódcy"));
    }

    [Fact]
    public void Unknown_and_degenerate_inputs_give_empty_lists()
    {
        Assert.Empty(Dict.Lookup(""));
        Assert.Empty(Dict.Lookup("qqqxyzzy"));
        Assert.Empty(Dict.Lookup("dom;AA;subst")); // separator inside the word must not leak into the walk
        Assert.Empty(Dict.Lookup(new string('a', 2000)));
    }

    [Fact]
    public void Entries_enumerates_decoded_triples()
    {
        var first = Dict.Entries().Take(1000).ToList();
        Assert.Equal(1000, first.Count);
        Assert.All(first, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Form));
            Assert.False(string.IsNullOrEmpty(e.Lemma));
            Assert.False(string.IsNullOrEmpty(e.Tag));
        });
    }

    [Fact]
    public void Loads_from_a_plain_dict_file_with_sibling_info()
    {
        string jar = DictionaryLocator.Locate();
        string dir = Directory.CreateTempSubdirectory("kronika-dict-").FullName;
        try
        {
            using (var zip = ZipFile.OpenRead(jar))
            {
                zip.GetEntry(MorfologikDictionary.JarDictPath)!.ExtractToFile(Path.Combine(dir, "polish.dict"));
                zip.GetEntry("morfologik/stemming/polish/polish.info")!.ExtractToFile(Path.Combine(dir, "polish.info"));
            }
            var dict = MorfologikDictionary.Open(Path.Combine(dir, "polish.dict"));
            Assert.Contains(dict.Lookup("Moskwy"), a => a.Lemma == "Moskwa");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Truncated_real_dictionary_is_reported_as_corrupt()
    {
        string jar = DictionaryLocator.Locate();
        string dir = Directory.CreateTempSubdirectory("kronika-dict-").FullName;
        try
        {
            byte[] whole;
            using (var zip = ZipFile.OpenRead(jar))
            using (var stream = zip.GetEntry(MorfologikDictionary.JarDictPath)!.Open())
            using (var memory = new MemoryStream())
            {
                stream.CopyTo(memory);
                whole = memory.ToArray();
                using var info = zip.GetEntry("morfologik/stemming/polish/polish.info")!.Open();
                using var infoFile = File.Create(Path.Combine(dir, "polish.info"));
                info.CopyTo(infoFile);
            }
            File.WriteAllBytes(Path.Combine(dir, "polish.dict"), whole[..(whole.Length / 3)]);

            // Detected either at load time or, at the latest, on the first lookup that runs off the end.
            Assert.Throws<DictionaryCorruptException>(() =>
            {
                var dict = MorfologikDictionary.Open(Path.Combine(dir, "polish.dict"));
                foreach (string word in new[] { "zażółć", "żółw", "źdźbło", "zysk", "Zygmunt", "żyrafa" })
                    dict.Lookup(word);
                foreach (var _ in dict.Entries()) { }
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
