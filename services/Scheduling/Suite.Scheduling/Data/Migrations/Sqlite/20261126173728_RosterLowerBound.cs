using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Scheduling.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RosterLowerBound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "LowerBoundAgentHours",
                table: "Rosters",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LowerBoundAgentHours",
                table: "Rosters");
        }
    }
}
