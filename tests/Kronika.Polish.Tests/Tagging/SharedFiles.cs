namespace Kronika.Polish.Tests.Tagging;

/// <summary>Finds a file of the read-only shared folder that sits next to the repository (../shared), if present.</summary>
public static class SharedFiles
{
    public static string? Find(string relative)
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
