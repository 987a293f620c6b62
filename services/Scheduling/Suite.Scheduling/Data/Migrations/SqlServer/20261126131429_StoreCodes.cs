using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Scheduling.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StoreCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Stores",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Stores opened before codes existed get their id as code: unique in the tenant, well-formed,
            // and stable, which a code derived from the (editable, often Chinese) name would not be.
            migrationBuilder.Sql("""UPDATE [Stores] SET [Code] = LOWER(CONVERT(nvarchar(36), [Id]));""");

            migrationBuilder.CreateIndex(
                name: "IX_Stores_TenantId_Code",
                table: "Stores",
                columns: new[] { "TenantId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Stores_TenantId_Code",
                table: "Stores");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Stores");
        }
    }
}
