using System.Text;

namespace Kronika.Core.Tests.Input;

internal static class PolishSamples
{
    /// <summary>Every Polish diacritic, lower and upper case, in a sentence.</summary>
    public const string AllLetters = "Źrebię gęsi łąka - żółć, ćma i koń. Śliwka: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ! Łódź, Żagań, Ćwiklice, Ńdk, Ąb, Ęc, Óle.";

    static PolishSamples() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1250 => Encoding.GetEncoding("windows-1250");

    public static Encoding Latin2 => Encoding.GetEncoding("iso-8859-2");
}
