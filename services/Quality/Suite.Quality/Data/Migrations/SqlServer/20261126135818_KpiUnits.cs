using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Quality.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class KpiUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "KpiDefinitions",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Unit",
                table: "KpiDefinitions");
        }
    }
}
